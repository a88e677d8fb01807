package uk.co.lenshire.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.co.lenshire.domain.Rental;
import uk.co.lenshire.domain.Repositories.RentalRepository;

@RestController
@RequestMapping("/rentals")
public class RentalController {
    private final RentalRepository rentals;

    public RentalController(RentalRepository rentals) {
        this.rentals = rentals;
    }

    @GetMapping
    public List<Rental> mine(Principal principal) {
        return rentals.findByCustomerUsernameOrderByStartDateDesc(principal.getName());
    }

    @GetMapping("/{id}")
    public Rental one(@PathVariable Long id) {
        return rentals.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}/delivery-note")
    public Rental deliveryNote(@PathVariable Long id, Principal principal) {
        return rentals.findByIdAndCustomerUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{id}/extend")
    @Transactional
    public Rental extend(@PathVariable Long id, @RequestParam LocalDate until) {
        Rental rental = rentals.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        rental.setEndDate(until);
        return rentals.save(rental);
    }

    @PostMapping("/{id}/return")
    @Transactional
    public Rental markReturned(@PathVariable Long id, Principal principal) {
        Rental rental = rentals.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!rental.getCustomer().getUsername().equals(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        rental.setStatus("RETURN_BOOKED");
        return rentals.save(rental);
    }
}
