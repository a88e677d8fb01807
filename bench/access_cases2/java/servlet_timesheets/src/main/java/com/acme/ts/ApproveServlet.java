package com.acme.ts;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet("/timesheets/approve")
public class ApproveServlet extends HttpServlet {

    private final TimesheetDao timesheets = new TimesheetDao();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute("employee") == null) {
            response.sendError(401);
            return;
        }
        String manager = request.getHeader("X-Manager");
        if (!"true".equals(manager)) {
            response.sendError(403);
            return;
        }
        timesheets.approve(Long.parseLong(request.getParameter("id")));
        response.setStatus(204);
    }
}
