package org.example.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

@Path("/stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {
    private static final Logger LOG = Logger.getLogger(StockResource.class.getName());
    private final StockDao dao;

    public StockResource(StockDao dao) {
        this.dao = dao;
    }

    @GET
    @Path("/warehouse/{name}")
    @RolesAllowed("clerk")
    public Response byWarehouse(@PathParam("name") String name) throws SQLException {
        return Response.ok(dao.skusInWarehouse(name)).build();
    }

    @GET
    @Path("/{sku}")
    @RolesAllowed("clerk")
    public Response quantity(@PathParam("sku") String sku) {
        try {
            return Response.ok(dao.quantity(sku)).build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "quantity lookup failed", e);
            return Response.serverError().entity("lookup failed").build();
        }
    }

    @POST
    @Path("/{sku}/adjust")
    public Response adjust(@PathParam("sku") String sku, @QueryParam("delta") int delta) throws SQLException {
        dao.adjust(sku, delta);
        return Response.noContent().build();
    }

    @GET
    @Path("/resource")
    @RolesAllowed("admin")
    public Response lookup(@QueryParam("jndi") String jndiName) throws NamingException {
        Object o = new InitialContext().lookup(jndiName);
        return Response.ok(String.valueOf(o)).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_XML)
    @RolesAllowed("admin")
    public Response importXml(String body) throws Exception {
        XMLInputFactory f = XMLInputFactory.newInstance();
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(body));
        int count = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT && "item".equals(r.getLocalName())) {
                count++;
            }
        }
        return Response.ok(count).build();
    }

    @GET
    @Path("/labels/{file}")
    @Produces("application/pdf")
    @RolesAllowed("clerk")
    public Response label(@PathParam("file") String file) {
        return Response.ok(new File("/srv/labels/" + file)).build();
    }

    @GET
    @Path("/help")
    @RolesAllowed("clerk")
    public Response help(@QueryParam("topic") String topic) {
        String page = "wiki".equals(topic) ? "https://wiki.example.com/inventory" : "https://docs.example.com/inventory";
        return Response.seeOther(URI.create(page)).build();
    }
}
