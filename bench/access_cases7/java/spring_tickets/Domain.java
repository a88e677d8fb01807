package com.example.tickets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Entity
@Table(name = "accounts")
class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(unique = true, nullable = false)
    private String username;
    private String email;
    private String displayName;
    private String passwordHash;
    private String role = "USER";
    private boolean enabled = true;
    private BigDecimal credit = BigDecimal.ZERO;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public BigDecimal getCredit() { return credit; }
    public void setCredit(BigDecimal credit) { this.credit = credit; }
}

@Entity
@Table(name = "events")
class Event {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String venue;
    private Instant startsAt;
    private int capacity;
    private BigDecimal price;
    private boolean published;
    @ManyToOne(fetch = FetchType.LAZY)
    private Account organizer;

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Account getOrganizer() { return organizer; }
    public void setOrganizer(Account organizer) { this.organizer = organizer; }
}

@Entity
@Table(name = "tickets")
class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Account owner;
    private String seat;
    private String code;
    private String status = "VALID";
    private Instant purchasedAt = Instant.now();

    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public Account getOwner() { return owner; }
    public void setOwner(Account owner) { this.owner = owner; }
    public String getSeat() { return seat; }
    public void setSeat(String seat) { this.seat = seat; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getPurchasedAt() { return purchasedAt; }
}

interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);
}

interface EventRepository extends JpaRepository<Event, Long> {
    List<Event> findByPublishedTrueOrderByStartsAtAsc();
    Optional<Event> findByIdAndOrganizerUsername(Long id, String username);
}

interface TicketRepository extends JpaRepository<Ticket, Long> {
    List<Ticket> findByOwnerUsernameOrderByPurchasedAtDesc(String username);

    Optional<Ticket> findByIdAndOwnerUsername(Long id, String username);

    @Query("select t from Ticket t join fetch t.event where t.code = :code")
    Optional<Ticket> findByCodeWithEvent(@Param("code") String code);

    long countByEventId(Long eventId);
}
