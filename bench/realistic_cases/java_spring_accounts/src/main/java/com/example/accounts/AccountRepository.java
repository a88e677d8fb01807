package com.example.accounts;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {
    private final JdbcTemplate jdbc;

    public AccountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> search(String name, String sortColumn) {
        String sql = "SELECT id, name, email FROM accounts WHERE name LIKE '%" + name + "%' ORDER BY " + sortColumn;
        return jdbc.queryForList(sql);
    }

    public Map<String, Object> byId(long id) {
        return jdbc.queryForMap("SELECT id, name, email FROM accounts WHERE id = ?", id);
    }

    public List<Map<String, Object>> byEmail(String email) {
        return jdbc.queryForList("SELECT id, name FROM accounts WHERE email = ?", email);
    }

    public int delete(long id) {
        return jdbc.update("DELETE FROM accounts WHERE id = ?", id);
    }

    public int updateEmail(long id, String email) {
        return jdbc.update("UPDATE accounts SET email = ? WHERE id = ?", email, id);
    }
}
