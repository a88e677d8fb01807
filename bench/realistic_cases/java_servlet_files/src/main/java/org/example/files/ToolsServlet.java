package org.example.files;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/tools")
public class ToolsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        PrintWriter out = resp.getWriter();
        resp.setContentType("text/html");
        if ("ping".equals(action)) {
            String host = req.getParameter("host");
            Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
            out.println("<pre>" + new String(p.getInputStream().readAllBytes()) + "</pre>");
        } else if ("uptime".equals(action)) {
            Process p = new ProcessBuilder("uptime").start();
            out.println("<pre>" + new String(p.getInputStream().readAllBytes()) + "</pre>");
        } else if ("echo".equals(action)) {
            out.println("<p>You said: " + req.getParameter("msg") + "</p>");
        } else {
            out.println("<p>Unknown action " + StringEscapeUtils.escapeHtml4(action) + "</p>");
        }
    }
}
