package org.harbourside.marina;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MarinaDao {

    @PersistenceContext
    EntityManager em;

    public List<Berth> berthsOfHolder(String holderId) {
        return em.createQuery("select b from Berth b where b.holderId = :h", Berth.class)
                .setParameter("h", holderId)
                .getResultList();
    }

    public Optional<Berth> berthForHolder(long id, String holderId) {
        return em.createQuery("select b from Berth b where b.id = :id and b.holderId = :h", Berth.class)
                .setParameter("id", id)
                .setParameter("h", holderId)
                .getResultStream()
                .findFirst();
    }

    public List<Invoice> invoicesOfHolder(String holderId) {
        return em.createQuery("select i from Invoice i where i.holderId = :h order by i.issued desc", Invoice.class)
                .setParameter("h", holderId)
                .getResultList();
    }

    public Optional<Invoice> invoice(long id) {
        return Optional.ofNullable(em.find(Invoice.class, id));
    }
}
