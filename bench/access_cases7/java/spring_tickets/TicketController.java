package com.example.tickets;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/tickets")
public class TicketController {

    private final TicketRepository tickets;
    private final EventRepository events;
    private final AccountRepository accounts;
    private final TicketPdfRenderer pdfRenderer;

    public TicketController(TicketRepository tickets, EventRepository events,
                            AccountRepository accounts, TicketPdfRenderer pdfRenderer) {
        this.tickets = tickets;
        this.events = events;
        this.accounts = accounts;
        this.pdfRenderer = pdfRenderer;
    }

    record PurchaseRequest(Long eventId, String seat) {}

    record TransferRequest(String recipientUsername) {}

    record TicketView(Long id, String event, String seat, String status, String code) {
        static TicketView of(Ticket t) {
            return new TicketView(t.getId(), t.getEvent().getTitle(), t.getSeat(), t.getStatus(),
                t.getCode());
        }
    }

    private Account me(Principal principal) {
        return accounts.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    @GetMapping
    public List<TicketView> mine(Principal principal) {
        return tickets.findByOwnerUsernameOrderByPurchasedAtDesc(principal.getName()).stream()
            .map(TicketView::of)
            .toList();
    }

    @PostMapping
    @Transactional
    public ResponseEntity<TicketView> purchase(@RequestBody PurchaseRequest body, Principal principal) {
        Event event = events.findById(body.eventId())
            .filter(Event::isPublished)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (tickets.countByEventId(event.getId()) >= event.getCapacity()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "sold out");
        }
        Ticket ticket = new Ticket();
        ticket.setEvent(event);
        ticket.setOwner(me(principal));
        ticket.setSeat(body.seat());
        ticket.setCode(UUID.randomUUID().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(TicketView.of(tickets.save(ticket)));
    }

    @GetMapping("/{id}")
    public TicketView get(@PathVariable Long id) {
        Ticket ticket = tickets.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return TicketView.of(ticket);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public byte[] pdf(@PathVariable Long id, Principal principal) {
        Ticket ticket = tickets.findByIdAndOwnerUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdfRenderer.render(ticket);
    }

    @PostMapping("/{id}/transfer")
    @Transactional
    public TicketView transfer(@PathVariable Long id, @RequestBody TransferRequest body,
                               Principal principal) {
        Ticket ticket = tickets.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ticket.getOwner().getUsername().equals(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Account recipient = accounts.findByUsername(body.recipientUsername())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown user"));
        ticket.setOwner(recipient);
        ticket.setCode(UUID.randomUUID().toString());
        return TicketView.of(ticket);
    }

    @PostMapping("/{id}/refund")
    @Transactional
    public Map<String, Object> refund(@PathVariable Long id,
                                      @RequestHeader("X-Account-Name") String accountName) {
        Ticket ticket = tickets.findByIdAndOwnerUsername(id, accountName)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!"VALID".equals(ticket.getStatus())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        ticket.setStatus("REFUNDED");
        Account owner = ticket.getOwner();
        owner.setCredit(owner.getCredit().add(ticket.getEvent().getPrice()));
        return Map.of("id", ticket.getId(), "status", ticket.getStatus());
    }

    @PostMapping("/scan/{code}")
    @Transactional
    public Map<String, Object> scan(@PathVariable String code, Principal principal) {
        Ticket ticket = tickets.findByCodeWithEvent(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Account organizer = ticket.getEvent().getOrganizer();
        if (organizer == null || !organizer.getUsername().equals(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!"VALID".equals(ticket.getStatus())) {
            return Map.of("ok", false, "status", ticket.getStatus());
        }
        ticket.setStatus("USED");
        return Map.of("ok", true, "seat", ticket.getSeat());
    }
}
