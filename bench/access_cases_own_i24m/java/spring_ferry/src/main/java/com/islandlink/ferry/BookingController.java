package com.islandlink.ferry;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/bookings")
public class BookingController {

    private final BookingRepository bookings;
    private final PassengerRepository passengers;

    public BookingController(BookingRepository bookings, PassengerRepository passengers) {
        this.bookings = bookings;
        this.passengers = passengers;
    }

    @GetMapping
    public String mine(Principal principal, Model model) {
        List<Booking> list = bookings.findByPassengerEmail(principal.getName());
        model.addAttribute("bookings", list);
        return "bookings/list";
    }

    @GetMapping("/{id}")
    public String show(@PathVariable Long id, Principal principal, Model model) {
        Booking booking = bookings.findByIdAndPassengerEmail(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("booking", booking);
        return "bookings/show";
    }

    @RequestMapping("/{id}/cancel")
    public String cancel(@PathVariable Long id, Principal principal) {
        Booking booking = bookings.findByIdAndPassengerEmail(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        booking.setStatus(BookingStatus.CANCELLED);
        bookings.save(booking);
        return "redirect:/bookings";
    }

    @GetMapping("/{id}/upgrade")
    public String upgrade(@PathVariable Long id, @RequestParam String cabin, Principal principal) {
        Booking booking = bookings.findByIdAndPassengerEmail(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        booking.setCabin(cabin);
        bookings.save(booking);
        return "redirect:/bookings/" + id;
    }

    @GetMapping("/search")
    public String search(@RequestParam String route, Model model) {
        model.addAttribute("sailings", bookings.findSailingsByRoute(route));
        return "bookings/search";
    }

    @PostMapping("/{id}/transfer")
    public String transfer(@PathVariable Long id, @RequestParam String toEmail) {
        Booking booking = bookings.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Passenger target = passengers.findByEmail(toEmail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        booking.setPassenger(target);
        bookings.save(booking);
        return "redirect:/bookings";
    }
}
