package org.harbourside.marina;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

@WebServlet("/documents/invoice")
public class InvoicePdfServlet extends HttpServlet {

    @Inject
    MarinaDao dao;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() == null) {
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        long id = Long.parseLong(req.getParameter("id"));
        Invoice invoice = dao.invoice(id).orElse(null);
        if (invoice == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        Files.copy(Path.of("/srv/marina/invoices", invoice.getPdfName()), resp.getOutputStream());
    }
}
