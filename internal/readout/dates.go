package readout

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ParseDate parses a date given as YYYY, YYYY-MM or YYYY-MM-DD, with the
// precision the form implies. The search API uses it for from/to filters.
// Errors wrap ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return Date{}, fmt.Errorf("%w %q: want YYYY, YYYY-MM or YYYY-MM-DD", ErrInvalidDate, s)
	}
	y, _ := strconv.Atoi(m[1])
	if m[2] == "" {
		return Date{Year: y, Precision: PrecisionYear}, nil
	}
	mo, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 {
		return Date{}, fmt.Errorf("%w %q: month %d is not 01-12", ErrInvalidDate, s, mo)
	}
	if m[3] == "" {
		return Date{Year: y, Month: mo, Precision: PrecisionMonth}, nil
	}
	d, _ := strconv.Atoi(m[3])
	if d < 1 || d > daysIn(y, mo) {
		return Date{}, fmt.Errorf("%w %q: %s %d has no day %d", ErrInvalidDate, s, time.Month(mo), y, d)
	}
	return Date{Year: y, Month: mo, Day: d, Precision: PrecisionDay}, nil
}

var isoDate = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// validDay reports whether the day exists, with years limited to a range in
// which a number next to a month name is plausibly a year.
func validDay(y, m, d int) bool {
	return y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// findDate finds the document's date, trying in order: the header, a
// dateline, the title, the first full date in the body, the file name.
func findDate(meta map[string]string, title, body, name string) Date {
	if d, ok := headerDate(meta); ok {
		d.Origin = FromHeader
		return d
	}
	year := contextYear(meta, name)
	if d, ok := datelineDate(body, year); ok {
		d.Origin = FromDateline
		return d
	}
	if d, _, ok := firstFullDate(title); ok {
		d.Origin = FromTitle
		return d
	}
	if d, _, ok := firstFullDate(body); ok {
		d.Origin = FromText
		return d
	}
	if d, ok := fileNameDate(name); ok {
		d.Origin = FromFileName
		return d
	}
	return Date{}
}

// headerDate reads the date header, keeping the calendar date as written:
// "2021-05-20T21:10:41-04:00" is 2021-05-20, never shifted through UTC.
// date_precision may coarsen it. (published is the time of posting, not of
// the event; it only lends its year to a dateline.)
func headerDate(meta map[string]string) (Date, bool) {
	d, ok := looseDate(meta["date"])
	if !ok {
		return Date{}, false
	}
	// The first word counts: "year only (...)", but "day (year inferred ...)".
	p, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(meta["date_precision"])), " ")
	switch {
	case strings.HasPrefix(p, "year"):
		d = Date{Year: d.Year, Precision: PrecisionYear}
	case strings.HasPrefix(p, "month") && d.Precision == PrecisionDay:
		d = Date{Year: d.Year, Month: d.Month, Precision: PrecisionMonth}
	}
	return d, true
}

// isoPrefix is an ISO date, possibly followed by a time.
var isoPrefix = regexp.MustCompile(`^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ])`)

// looseDate parses a date as metadata gives it: ISO with or without a time,
// or written out ("May 11, 2018", "January 2022").
func looseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, false
	}
	if m := isoPrefix.FindStringSubmatch(s); m != nil {
		d, err := ParseDate(m[1])
		return d, err == nil
	}
	if d, _, ok := firstFullDate(s); ok {
		return d, true
	}
	if m := monthYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		if validDay(y, monthNumber(m[1]), 1) {
			return Date{Year: y, Month: monthNumber(m[1]), Precision: PrecisionMonth}, true
		}
	}
	return Date{}, false
}

const monthPattern = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthNumber(name string) int { return months[strings.ToLower(name)[:3]] }

// Written dates. Each pattern's groups are named so one function reads them.
var (
	// "27 January 2022", "27th of January 2022", "27 Jan. 2022", "8 MAY 2024"
	dayMonthYear = regexp.MustCompile(`(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>` + monthPattern + `)\b\.?,?\s+(?P<y>\d{4})\b`)
	// "January 27, 2022", "Jan. 27, 2022", "March 3rd, 2021"
	monthDayYear = regexp.MustCompile(`(?i)\b(?P<m>` + monthPattern + `)\b\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b,?\s+(?P<y>\d{4})\b`)
	// "2022-01-27"
	isoInText = regexp.MustCompile(`\b(?P<y>\d{4})-(?P<mm>\d{2})-(?P<d>\d{2})\b`)
	// Without a year, for datelines only: "Nov 14", "14 November".
	monthDay = regexp.MustCompile(`(?i)\b(?P<m>` + monthPattern + `)\b\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b`)
	dayMonth = regexp.MustCompile(`(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>` + monthPattern + `)\b\.?`)

	monthYear = regexp.MustCompile(`(?i)^` + monthPattern + `\.?,?\s+(\d{4})$`)

	fullDates    = []*regexp.Regexp{dayMonthYear, monthDayYear, isoInText}
	partialDates = []*regexp.Regexp{monthDay, dayMonth}
)

// dateMatch is a date found in text at s[start:end].
type dateMatch struct {
	date       Date
	start, end int
}

// findDates returns the valid dates the patterns find in s, by position;
// year, when not 0, completes dates written without one.
func findDates(s string, patterns []*regexp.Regexp, year int) []dateMatch {
	var out []dateMatch
	for _, re := range patterns {
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
			group := func(name string) string {
				i := re.SubexpIndex(name)
				if i < 0 || loc[2*i] < 0 {
					return ""
				}
				return s[loc[2*i]:loc[2*i+1]]
			}
			y, m := year, 0
			if g := group("y"); g != "" {
				y, _ = strconv.Atoi(g)
			}
			if g := group("mm"); g != "" {
				m, _ = strconv.Atoi(g)
			} else {
				m = monthNumber(group("m"))
			}
			d, _ := strconv.Atoi(group("d"))
			if !validDay(y, m, d) {
				continue
			}
			out = append(out, dateMatch{Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}, loc[0], loc[1]})
		}
	}
	// Earliest first; at one position the longer (fuller) match wins.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	return out
}

// firstFullDate returns the first valid day-month-year date in s.
func firstFullDate(s string) (Date, dateMatch, bool) {
	if ms := findDates(s, fullDates, 0); len(ms) > 0 {
		return ms[0].date, ms[0], true
	}
	return Date{}, dateMatch{}, false
}

// contextYear is the year a dateline without one ("WASHINGTON, Nov 14 —")
// belongs to: the published header's, else the file name's; 0 if unknown.
func contextYear(meta map[string]string, name string) int {
	if d, ok := looseDate(meta["published"]); ok {
		return d.Year
	}
	if d, ok := fileNameDate(name); ok {
		return d.Year
	}
	return 0
}

// datelineDate finds a dateline at the start of the body ("Beijing, 27
// January 2022 (TDI): ...", "WASHINGTON, Nov 14 — ...") or a date line at
// its end ("MINISTRY OF FOREIGN AFFAIRS SINGAPORE 8 MAY 2024").
func datelineDate(body string, year int) (Date, bool) {
	first, last := firstLastLines(body)
	if d, ok := startDateline(first, year); ok {
		return d, true
	}
	return endDateline(last)
}

func firstLastLines(body string) (first, last string) {
	lines := strings.Split(body, "\n")
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = strings.TrimSpace(l)
			break
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			last = strings.TrimSpace(lines[i])
			break
		}
	}
	return first, last
}

// agency is the news agency after a dateline's date: "(TDI)", "(Xinhua)".
var agency = regexp.MustCompile(`^\s*\([^()]{1,30}\)`)

func startDateline(line string, year int) (Date, bool) {
	const maxPlace = 80 // "Washington, D.C., " and longer place names fit
	if len(line) > 240 {
		line = line[:240]
	}
	ms := findDates(line, fullDates, 0)
	if year != 0 {
		ms = append(ms, findDates(line, partialDates, year)...)
	}
	for _, m := range ms {
		if m.start > maxPlace || !isPlace(line[:m.start], true) {
			continue
		}
		rest := line[m.end:]
		if loc := agency.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:]
		}
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" || strings.ContainsRune(":—–-―/|", firstRune(rest)) {
			return m.date, true
		}
	}
	return Date{}, false
}

func endDateline(line string) (Date, bool) {
	const maxLine = 100
	line = strings.TrimRight(line, ". ")
	if len(line) > maxLine {
		return Date{}, false
	}
	for _, m := range findDates(line, fullDates, 0) {
		if m.end == len(line) && isPlace(line[:m.start], false) {
			return m.date, true
		}
	}
	return Date{}, false
}

// smallWords may appear in lower case inside a place or issuer name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true, "la": true, "le": true, "el": true, "da": true, "al": true}

// isPlace reports whether s, the text before a dateline's date, is a place or
// issuer ("Beijing, ", "Washington, D.C., ", "MINISTRY OF FOREIGN AFFAIRS
// SINGAPORE ") rather than a sentence. At the start of a body the place must
// end with a comma.
func isPlace(s string, needComma bool) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if needComma && !strings.HasSuffix(s, ",") {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		r := firstRune(w)
		if !unicode.IsUpper(r) && !smallWords[strings.ToLower(w)] {
			return false
		}
		if strings.ContainsAny(w, "!?:;") {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// fileNameDate reads a date at the start of a file's base name:
// "2021-05-20_readout.txt", "2022-01_x.txt", "1946_UNGD01_ARG.txt".
func fileNameDate(name string) (Date, bool) {
	m := fileNameDatePrefix.FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return Date{}, false
	}
	d, err := ParseDate(m[1])
	if err != nil || d.Year < 1000 {
		return Date{}, false
	}
	return d, true
}

var fileNameDatePrefix = regexp.MustCompile(`^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[_\-. ]|$)`)
