package uk.co.lenshire.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public final class Repositories {
    private Repositories() {}

    public interface RentalRepository extends JpaRepository<Rental, Long> {
        List<Rental> findByCustomerUsernameOrderByStartDateDesc(String username);

        Optional<Rental> findByIdAndCustomerUsername(Long id, String username);
    }

    public interface CustomerRepository extends JpaRepository<Customer, Long> {
        Optional<Customer> findByUsername(String username);
    }

    public interface KitRepository extends JpaRepository<Kit, String> {
        List<Kit> findByAvailableTrue();
    }
}
