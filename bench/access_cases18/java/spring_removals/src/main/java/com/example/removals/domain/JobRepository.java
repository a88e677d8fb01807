package com.example.removals.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, Long> {
    List<Job> findByCustomerUsernameOrderByMoveDateDesc(String username);

    Optional<Job> findByIdAndCustomerUsername(Long id, String username);

    @Modifying
    @Query("delete from Job j where j.status = 'QUOTED'")
    int deleteAllQuoted();

    @Modifying
    @Query("update Job j set j.keySafeCode = null where j.status = 'COMPLETED'")
    int clearCompletedKeySafeCodes();
}
