package com.harbourline.ferry;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

@RestController
public class CrewController {

    private final BookingRepository bookings;

    public CrewController(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @PreAuthorize("hasRole('CREW')")
    @GetMapping("/api/crew/sailings/{sailingId}/bookings")
    public List<Booking> forSailing(@PathVariable Long sailingId) {
        return bookings.findBySailingId(sailingId);
    }

    @PreAuthorize("hasRole('CREW')")
    @PostMapping("/api/crew/bookings/{id}/board")
    public ResponseEntity<Void> board(@PathVariable Long id) {
        Booking b = bookings.findById(id).orElseThrow();
        b.setStatus("BOARDED");
        bookings.save(b);
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @PostMapping("/api/crew/sailings/{sailingId}/cancel-all")
    public Map<String, Integer> cancelSailing(@PathVariable Long sailingId) {
        return Map.of("cancelled", bookings.cancelAllForSailing(sailingId));
    }

    @PostMapping("/api/crew/bookings/{id}/override-boarding")
    public ResponseEntity<Void> overrideBoarding(@PathVariable Long id,
                                                 @RequestHeader(value = "X-Crew-Role", defaultValue = "") String role) {
        if (!role.equals("PURSER") && !role.equals("MASTER")) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Booking b = bookings.findById(id).orElseThrow();
        b.setStatus("BOARDED");
        b.setPriorityBoarding(true);
        bookings.save(b);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/manifests/{sailingId}.csv", produces = "text/csv")
    public String manifest(@PathVariable Long sailingId) {
        StringBuilder csv = new StringBuilder("reference,passenger,passengers,vehicle\n");
        for (Booking b : bookings.findBySailingId(sailingId)) {
            csv.append(b.getReference()).append(',').append(b.getPassengerUsername()).append(',')
               .append(b.getPassengers()).append(',').append(b.getVehicleRegistration()).append('\n');
        }
        return csv.toString();
    }
}
