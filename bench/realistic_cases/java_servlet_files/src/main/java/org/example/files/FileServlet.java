package org.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/files/*")
public class FileServlet extends HttpServlet {
    private static final File BASE = new File("/var/app/files");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        File file = new File(BASE, name);
        try (InputStream in = new FileInputStream(file)) {
            in.transferTo(resp.getOutputStream());
        }
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        Path target = BASE.toPath().resolve(name).normalize();
        if (!target.startsWith(BASE.toPath())) {
            resp.sendError(400, "invalid name");
            return;
        }
        Files.copy(req.getInputStream(), target);
        resp.setStatus(201);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            Object state = in.readObject();
            resp.getWriter().println("restored " + state.getClass().getSimpleName());
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}
