package com.ledgerly.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

final class Model {
    private Model() {}

    @Entity
    public static class Timesheet {
        @Id @GeneratedValue public Long id;
        public String employeeUsername;
        public LocalDate weekStarting;
        public BigDecimal hours;
        public String note;
        public boolean approved;
        public String approvedBy;

        public void setHours(BigDecimal hours) { this.hours = hours; }
        public void setNote(String note) { this.note = note; }
        public void setWeekStarting(LocalDate weekStarting) { this.weekStarting = weekStarting; }
        public void setApproved(boolean approved) { this.approved = approved; }
        public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
        public void setEmployeeUsername(String username) { this.employeeUsername = username; }
    }

    @Entity
    public static class Payslip {
        @Id @GeneratedValue public Long id;
        public String employeeUsername;
        public Long employeeId;
        public LocalDate period;
        public BigDecimal gross;
        public BigDecimal net;
        public String iban;
    }

    @Entity
    public static class Employee {
        @Id @GeneratedValue public Long id;
        public String username;
        public String fullName;
        public String department;
        public BigDecimal salary;
        public String managerUsername;
    }

    public interface TimesheetRepository extends JpaRepository<Timesheet, Long> {
        List<Timesheet> findByEmployeeUsernameOrderByWeekStartingDesc(String username);
        Optional<Timesheet> findByIdAndEmployeeUsername(Long id, String username);
    }

    public interface PayslipRepository extends JpaRepository<Payslip, Long> {
        List<Payslip> findByEmployeeId(Long employeeId);
    }

    public interface EmployeeRepository extends JpaRepository<Employee, Long> {
        Optional<Employee> findByUsername(String username);
        List<Employee> findByManagerUsername(String managerUsername);
    }
}
