package org.acme.portal;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/partners/orders")
public class PartnerOrderServlet extends HttpServlet {

    private final OrderDao orders = new OrderDao();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String partner = request.getUserPrincipal().getName();
        long id = Long.parseLong(request.getParameter("id"));
        Order order = orders.findById(id);
        if (order == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.getWriter().write(Json.write(order));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String partner = request.getUserPrincipal().getName();
        long id = Long.parseLong(request.getParameter("id"));
        Order order = orders.findById(id);
        if (order == null || !order.getPartner().equals(partner)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        orders.delete(order);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
