package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "held on Tuesday, 14th February, 2017.|2017-02-14",
            "held on Wednesday 17 July 2024|2024-07-17",
            "Tuesday, 25th March, 2014|2014-03-25",
            "Tuesday, 21st June 2016|2016-06-21",
            "Minutes of Stockton Adults Safeguarding Board 23/2/16|2016-02-23",
            "February 14, 2017|2017-02-14",
            "on 3rd of May '09|2009-05-03",
            "ISO 2016-07-14 stamp|2016-07-14"})
    void shouldReadPrintedDates(String text, LocalDate expected) {
        assertEquals(expected, DateParser.findDate(text, null));
    }

    @Test
    void shouldReadSuperscriptOrdinalsOnceMarkupIsGone() {
        String line = TextCleaner.clean("held on Tuesday, 21<sup>st</sup> June 2016").get(0).text();
        assertEquals(LocalDate.of(2016, 6, 21), DateParser.findDate(line, null));
    }

    @Test
    void shouldTakeMissingYearFromTheMeeting() {
        LocalDate meeting = LocalDate.of(2011, 7, 5);
        assertEquals(LocalDate.of(2011, 8, 16), DateParser.findDate("Tuesday 16 August at 9.30", meeting));
        assertEquals(LocalDate.of(2012, 1, 10), DateParser.findDate("deferred to 10 January",
                LocalDate.of(2011, 12, 6)));
        assertNull(DateParser.findDate("16 August", null));
    }

    @Test
    void shouldInferAMissingYearFromTheWeekday() {
        DateParser.DateMatch m = DateParser.find("GENERAL MEETING MONDAY 4 DECEMBER", null);
        assertTrue(m.yearInferred());
        assertEquals(java.time.DayOfWeek.MONDAY, m.date().getDayOfWeek());
        assertEquals(java.time.MonthDay.of(12, 4), java.time.MonthDay.from(m.date()));
        assertFalse(m.date().isAfter(LocalDate.now()));
        assertTrue(m.date().isAfter(LocalDate.now().minusYears(8)), "the latest such year, not an earlier one");
    }

    @Test
    void shouldNotMistakeTheVerbMayOrAFirstNameForAMonth() {
        assertNull(DateParser.findDate("up to 12 may be affected", null));
        assertNull(DateParser.findDate("with 5 Marc Anderson reports", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"9.30 a.m.|09:30", "at 9.30am|09:30", "2pm|14:00", "1.15 p.m.|13:15",
            "12 noon|12:00"})
    void shouldReadTimes(String text, LocalTime expected) {
        assertEquals(expected, DateParser.findTime(text, false));
    }

    @Test
    void shouldReadTwentyFourHourTimesOnlyWhenLabelled() {
        assertEquals(LocalTime.of(14, 0), DateParser.findTime("14:00", true));
        assertNull(DateParser.findTime("a 9.30 increase", false));
    }

    @Test
    void shouldReadADateGluedToItsTimeByPdfExtraction() {
        assertEquals(LocalDate.of(2021, 7, 1), DateParser.findDate("4.00pm1 July 2021", null));
        assertEquals(LocalTime.of(16, 0), DateParser.findTime("4.00pm12 March 2021", false));
        assertNull(DateParser.findDate("the A1 July 2021 roadworks", null), "a digit after other letters is no day");
    }

    @Test
    void shouldComputeEndOfNextWeekFromTheMeeting() {
        assertEquals(LocalDate.of(2016, 7, 1), DateParser.relative("by end of next week", LocalDate.of(2016, 6, 21)));
    }
}
