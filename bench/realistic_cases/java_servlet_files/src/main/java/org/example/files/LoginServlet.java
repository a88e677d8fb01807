package org.example.files;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());
    private DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String password = req.getParameter("password");
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM users WHERE name = ? AND pw_hash = crypt(?, pw_hash)")) {
            ps.setString(1, user);
            ps.setString(2, password);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    resp.sendRedirect("/login?failed=1");
                    return;
                }
                req.getSession(true).setAttribute("uid", rs.getLong(1));
            }
        } catch (SQLException e) {
            LOG.severe("login failed: " + e);
            resp.sendError(500);
            return;
        }
        Cookie remember = new Cookie("remember", user);
        remember.setHttpOnly(false);
        resp.addCookie(remember);
        resp.sendRedirect(req.getParameter("continue"));
    }
}
