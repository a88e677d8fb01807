package com.acme.ts;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/timesheets")
public class TimesheetServlet extends HttpServlet {

    private final TimesheetDao timesheets = new TimesheetDao();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String employee = request.getRemoteUser();
        long id = Long.parseLong(request.getParameter("id"));
        Timesheet sheet = timesheets.findById(id);
        response.getWriter().write(Json.write(sheet));
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String employee = request.getRemoteUser();
        long id = Long.parseLong(request.getParameter("id"));
        Timesheet sheet = timesheets.findById(id);
        if (sheet == null || !sheet.getEmployee().equals(employee)) {
            response.sendError(404);
            return;
        }
        sheet.setHours(Integer.parseInt(request.getParameter("hours")));
        timesheets.save(sheet);
    }
}
