package com.example.tickets;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class EventController {

    private final EventRepository events;
    private final TicketRepository tickets;
    private final AccountRepository accounts;

    public EventController(EventRepository events, TicketRepository tickets, AccountRepository accounts) {
        this.events = events;
        this.tickets = tickets;
        this.accounts = accounts;
    }

    record EventView(Long id, String title, String venue, Instant startsAt, BigDecimal price) {
        static EventView of(Event e) {
            return new EventView(e.getId(), e.getTitle(), e.getVenue(), e.getStartsAt(), e.getPrice());
        }
    }

    record EventForm(String title, String venue, Instant startsAt, int capacity, BigDecimal price) {}

    record Attendee(String displayName, String email, String seat, String status) {}

    @GetMapping("/api/events")
    public List<EventView> published() {
        return events.findByPublishedTrueOrderByStartsAtAsc().stream().map(EventView::of).toList();
    }

    @GetMapping("/api/events/{id}")
    public EventView one(@PathVariable Long id) {
        return events.findById(id)
            .filter(Event::isPublished)
            .map(EventView::of)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/api/organizer/events")
    @PreAuthorize("hasRole('ORGANIZER')")
    @ResponseStatus(HttpStatus.CREATED)
    public EventView create(@RequestBody EventForm form, Principal principal) {
        Event event = new Event();
        apply(event, form);
        event.setOrganizer(accounts.findByUsername(principal.getName()).orElseThrow());
        return EventView.of(events.save(event));
    }

    @PutMapping("/api/organizer/events/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public EventView update(@PathVariable Long id, @RequestBody EventForm form, Principal principal) {
        Event event = events.findByIdAndOrganizerUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        apply(event, form);
        return EventView.of(event);
    }

    @PostMapping("/api/organizer/events/{id}/publish")
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public EventView publish(@PathVariable Long id, Principal principal) {
        Event event = events.findByIdAndOrganizerUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        event.setPublished(true);
        return EventView.of(event);
    }

    @GetMapping("/api/organizer/events/{id}/attendees")
    @PreAuthorize("hasRole('ORGANIZER')")
    public List<Attendee> attendees(@PathVariable Long id) {
        Event event = events.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return tickets.findAll().stream()
            .filter(t -> t.getEvent().getId().equals(event.getId()))
            .map(t -> new Attendee(t.getOwner().getDisplayName(), t.getOwner().getEmail(),
                t.getSeat(), t.getStatus()))
            .toList();
    }

    @PostMapping("/api/moderation/events/{id}/unpublish")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EventView unpublish(@PathVariable Long id) {
        Event event = events.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        event.setPublished(false);
        return EventView.of(event);
    }

    @DeleteMapping("/api/moderation/events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        if (tickets.countByEventId(id) > 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "event has tickets");
        }
        events.deleteById(id);
    }

    private static void apply(Event event, EventForm form) {
        event.setTitle(form.title());
        event.setVenue(form.venue());
        event.setStartsAt(form.startsAt());
        event.setCapacity(form.capacity());
        event.setPrice(form.price());
    }
}
