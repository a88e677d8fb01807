package com.example.ferry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class BookingDao {

    @PersistenceContext
    EntityManager em;

    public Booking find(long id) {
        return em.find(Booking.class, id);
    }

    public Booking findForPassenger(long id, String passengerId) {
        return em.createQuery(
                "select b from Booking b where b.id = :id and b.passengerId = :p", Booking.class)
            .setParameter("id", id)
            .setParameter("p", passengerId)
            .getResultStream().findFirst().orElse(null);
    }

    public List<Booking> forPassenger(String passengerId) {
        return em.createQuery("select b from Booking b where b.passengerId = :p", Booking.class)
            .setParameter("p", passengerId).getResultList();
    }

    public List<Booking> forSailing(long sailingId) {
        return em.createQuery("select b from Booking b where b.sailingId = :s", Booking.class)
            .setParameter("s", sailingId).getResultList();
    }

    @Transactional
    public Booking merge(Booking b) {
        return em.merge(b);
    }

    @Transactional
    public void delete(long id) {
        Booking b = em.find(Booking.class, id);
        if (b != null) em.remove(b);
    }

    @Transactional
    public int purgeSailing(long sailingId) {
        return em.createQuery("delete from Booking b where b.sailingId = :s")
            .setParameter("s", sailingId).executeUpdate();
    }
}
