package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is behind an agenda indicator: one convocation, one attendance or one DID. Ids only, never names.
 *
 * @param id                the convocation, the appointment (attendance) or the DID
 * @param appointmentId     the appointment of a convocation or an attendance
 * @param day               the day it is counted on: sent, of the appointment, declared
 * @param detail            the channel of a convocation, the outcome of an attendance
 * @param convoked          for an attendance, whether the person had been convoked to it
 * @param firstAppointment  for a DID, the day of the person's first appointment on or after it (null: none yet)
 * @param pactSigned        for a DID, the day of the first Patto signed on or after it (null: none yet)
 */
public record AgendaRecord(AgendaMeasure measure, UUID id, UUID appointmentId, UUID personId, UUID organisationId,
        LocalDate day, String detail, Boolean convoked, LocalDate firstAppointment, Integer daysToAppointment,
        LocalDate pactSigned, Integer daysToPact) {
}
