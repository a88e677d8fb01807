package com.example.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
public class ProductDao {
    @PersistenceContext
    private EntityManager em;

    public List<?> byCategory(String category) {
        return em.createQuery("SELECT p FROM Product p WHERE p.category = '" + category + "'").getResultList();
    }

    public List<?> byBrand(String brand) {
        return em.createQuery("SELECT p FROM Product p WHERE p.brand = :brand").setParameter("brand", brand).getResultList();
    }

    public List<?> nativeSearch(String term) {
        return em.createNativeQuery("SELECT * FROM product WHERE name ILIKE ?1").setParameter(1, "%" + term + "%").getResultList();
    }

    public List<?> priceBand(String band) {
        String column = switch (band) {
            case "low" -> "price_low";
            case "high" -> "price_high";
            default -> "price";
        };
        return em.createNativeQuery("SELECT id, " + column + " FROM product").getResultList();
    }
}
