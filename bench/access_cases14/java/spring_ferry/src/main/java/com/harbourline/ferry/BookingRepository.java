package com.harbourline.ferry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByReference(String reference);

    Optional<Booking> findByReferenceAndPassengerUsername(String reference, String passengerUsername);

    List<Booking> findByPassengerUsernameOrderByCreatedAtDesc(String passengerUsername);

    List<Booking> findBySailingId(Long sailingId);

    @Query("select coalesce(sum(b.passengers), 0) from Booking b where b.passengerUsername = ?1")
    int loyaltyTrips(String passengerUsername);

    @Modifying
    @Query("update Booking b set b.status = 'CANCELLED' where b.sailingId = ?1")
    int cancelAllForSailing(Long sailingId);
}
