package org.example.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class StockDao {
    private final DataSource ds;

    public StockDao(DataSource ds) {
        this.ds = ds;
    }

    public List<String> skusInWarehouse(String warehouse) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sku FROM stock WHERE warehouse = '" + warehouse + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    public int quantity(String sku) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT qty FROM stock WHERE sku = ?")) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    public void adjust(String sku, int delta) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE stock SET qty = qty + ? WHERE sku = ?")) {
            ps.setInt(1, delta);
            ps.setString(2, sku);
            ps.executeUpdate();
        }
    }
}
