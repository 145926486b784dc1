package it.retelavoro.monitoring;

/**
 * One cell of the open data: the distinct count of an indicator in one province and calendar month of
 * the region. A count from 1 to 4 is suppressed (value null, suppressed true), so that no small group of
 * persons or companies can be singled out.
 *
 * @param province the sigla of the province, ND when it cannot be determined
 */
public record OpenDataCell(int year, int month, String province, String code, Long value, boolean suppressed) {
}
