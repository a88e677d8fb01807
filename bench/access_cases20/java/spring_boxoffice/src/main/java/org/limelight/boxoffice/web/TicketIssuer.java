package org.limelight.boxoffice.web;

import java.util.List;
import org.limelight.boxoffice.domain.TicketOrder;

public interface TicketIssuer {
    void refund(TicketOrder order);

    int refundAll(List<TicketOrder> orders);

    List<TicketOrder> complimentary(Long performanceId, String recipientEmail, int count);
}
