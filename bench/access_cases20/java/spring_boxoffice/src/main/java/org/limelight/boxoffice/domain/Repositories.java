package org.limelight.boxoffice.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public final class Repositories {
    private Repositories() {}

    public interface PatronRepository extends JpaRepository<Patron, Long> {
        Optional<Patron> findByEmailIgnoreCase(String email);
    }

    public interface OrderRepository extends JpaRepository<TicketOrder, Long> {
        List<TicketOrder> findByPatronEmailOrderByIdDesc(String email);

        Optional<TicketOrder> findByIdAndPatronEmail(Long id, String email);

        List<TicketOrder> findByPerformanceId(Long performanceId);
    }
}
