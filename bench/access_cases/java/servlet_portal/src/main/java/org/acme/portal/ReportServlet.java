package org.acme.portal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/reports")
public class ReportServlet extends HttpServlet {

    private final ReportDao reports = new ReportDao();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean internal = false;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("internal".equals(cookie.getName()) && "yes".equals(cookie.getValue())) {
                    internal = true;
                }
            }
        }
        List<Report> visible = internal ? reports.findAll() : reports.findPublic();
        response.setContentType("application/json");
        response.getWriter().write(Json.write(visible));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String role = request.getParameter("role");
        if (!"editor".equals(role)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        reports.save(new Report(request.getParameter("title"), request.getParameter("body")));
        response.setStatus(HttpServletResponse.SC_CREATED);
    }
}
