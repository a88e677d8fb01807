package com.harbourline.ferry;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
public class BookingController {

    private final BookingRepository bookings;

    public BookingController(BookingRepository bookings) {
        this.bookings = bookings;
    }

    public record NewBooking(Long sailingId, int passengers, String vehicleRegistration) {}

    @GetMapping("/bookings")
    public List<Booking> mine(Principal principal) {
        return bookings.findByPassengerUsernameOrderByCreatedAtDesc(principal.getName());
    }

    @GetMapping("/bookings/{reference}")
    public Booking byReference(@PathVariable String reference) {
        return bookings.findByReference(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/bookings/{reference}/boarding-pass")
    public Map<String, Object> boardingPass(@PathVariable String reference, Principal principal) {
        Booking b = bookings.findByReferenceAndPassengerUsername(reference, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("reference", b.getReference(), "sailing", b.getSailingId(),
                "priority", b.isPriorityBoarding());
    }

    @PostMapping("/bookings/quick")
    public ResponseEntity<Booking> quickBook(@ModelAttribute Booking booking, Principal principal) {
        booking.setPassengerUsername(principal.getName());
        booking.setReference(UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        return ResponseEntity.status(HttpStatus.CREATED).body(bookings.save(booking));
    }

    @PostMapping("/bookings")
    public ResponseEntity<Booking> book(@RequestBody NewBooking request, Principal principal) {
        Booking booking = new Booking();
        booking.setPassengerUsername(principal.getName());
        booking.setSailingId(request.sailingId());
        booking.setPassengers(Math.max(1, Math.min(request.passengers(), 9)));
        booking.setVehicleRegistration(request.vehicleRegistration());
        booking.setFareCents(FareTable.fareFor(request.sailingId(), request.passengers()));
        booking.setReference(UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        return ResponseEntity.status(HttpStatus.CREATED).body(bookings.save(booking));
    }

    @DeleteMapping("/bookings/id/{id}")
    public ResponseEntity<Void> cancel(@PathVariable Long id) {
        bookings.deleteById(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/loyalty")
    public Map<String, Object> loyalty(@CookieValue("passenger") String passenger) {
        return Map.of("passenger", passenger, "trips", bookings.loyaltyTrips(passenger));
    }

    static final class FareTable {
        static int fareFor(Long sailingId, int passengers) {
            return 1850 * Math.max(1, passengers);
        }
    }
}
