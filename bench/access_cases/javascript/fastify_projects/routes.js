"use strict";

async function projectRoutes(fastify) {
  const { Project, Member } = fastify.models;

  fastify.get("/projects", { preHandler: [fastify.authenticate] }, async (request) => {
    return Project.findAll({ where: { ownerId: request.user.id } });
  });

  fastify.post("/projects", { preHandler: [fastify.authenticate] }, async (request, reply) => {
    const project = await Project.create({ name: request.body.name, ownerId: request.user.id });
    reply.code(201);
    return project;
  });

  fastify.get("/projects/:id", { preHandler: [fastify.authenticate] }, async (request, reply) => {
    const project = await Project.findByPk(request.params.id);
    if (!project) return reply.code(404).send();
    return project;
  });

  fastify.put("/projects/:id", { preHandler: [fastify.authenticate] }, async (request, reply) => {
    const project = await Project.findOne({ where: { id: request.params.id, ownerId: request.user.id } });
    if (!project) return reply.code(404).send();
    await project.update(request.body);
    return project;
  });

  fastify.delete("/projects/:id/members/:memberId", async (request, reply) => {
    await Member.destroy({ where: { id: request.params.memberId, projectId: request.params.id } });
    reply.code(204).send();
  });
}

module.exports = projectRoutes;
