package com.acme.timeoff.data;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

    List<LeaveRequest> findByEmployeeUsernameOrderByStartDesc(String username);

    Optional<LeaveRequest> findByIdAndEmployeeUsername(Long id, String username);

    List<LeaveRequest> findByEmployeeId(Long employeeId);

    @Query("select l from LeaveRequest l where l.employee.manager.username = :manager and l.status = 'PENDING'")
    List<LeaveRequest> pendingForManager(@Param("manager") String manager);

    long deleteByIdAndEmployeeUsername(Long id, String username);
}
