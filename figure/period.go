package figure

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Month is a calendar month counted from year 0: year*12 + (month-1).
// The zero Month means "unknown".
type Month int

// MonthOf builds a Month from a year and a 1-based month number.
func MonthOf(year, month int) Month { return Month(year*12 + month - 1) }

// Year returns the month's calendar year.
func (m Month) Year() int { return int(m) / 12 }

// Num returns the 1-based month number.
func (m Month) Num() int { return int(m)%12 + 1 }

// IsZero reports whether the month is unknown.
func (m Month) IsZero() bool { return m == 0 }

// String renders the month as YYYY-MM ("" when unknown).
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	b, _ := m.AppendText(make([]byte, 0, 7))
	return string(b)
}

// AppendText appends String's "YYYY-MM" to b (encoding.TextAppender).
func (m Month) AppendText(b []byte) ([]byte, error) {
	if m.IsZero() {
		return b, nil
	}
	y, n := m.Year(), m.Num()
	if y < 0 || y > 9999 || n < 1 || n > 12 {
		return fmt.Appendf(b, "%04d-%02d", y, n), nil
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10),
		'-', byte('0'+n/10), byte('0'+n%10)), nil
}

// ParseMonth reads "YYYY-MM" (a trailing "-DD" is accepted and dropped).
func ParseMonth(s string) (Month, error) {
	if s == "" {
		return 0, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("month %q: want YYYY-MM", s)
	}
	y, err1 := strconv.Atoi(parts[0])
	mo, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || y < 1 || y > 9999 || mo < 1 || mo > 12 {
		return 0, fmt.Errorf("month %q: want YYYY-MM", s)
	}
	return MonthOf(y, mo), nil
}

// MarshalText implements encoding.TextMarshaler.
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Month) UnmarshalText(b []byte) error {
	v, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Period is an inclusive range of months; January-April 2024 is {2024-01, 2024-04}.
type Period struct {
	Start Month `json:"start"`
	End   Month `json:"end"`
}

// MonthPeriod returns the period of a single month.
func MonthPeriod(m Month) Period { return Period{Start: m, End: m} }

// YearPeriod returns January–December of year.
func YearPeriod(year int) Period { return Period{Start: MonthOf(year, 1), End: MonthOf(year, 12)} }

// YTD returns January to the given month of the same year.
func YTD(end Month) Period { return Period{Start: MonthOf(end.Year(), 1), End: end} }

// IsZero reports whether the period is unknown.
func (p Period) IsZero() bool { return p.Start.IsZero() && p.End.IsZero() }

// Months returns the number of months covered.
func (p Period) Months() int {
	if p.IsZero() {
		return 0
	}
	return int(p.End-p.Start) + 1
}

// IsMonth reports whether the period is one month.
func (p Period) IsMonth() bool { return !p.IsZero() && p.Start == p.End }

// IsYTD reports whether the period runs from January to its end month of the same year.
func (p Period) IsYTD() bool {
	return !p.IsZero() && p.Start.Num() == 1 && p.Start.Year() == p.End.Year()
}

// IsYear reports whether the period is one whole calendar year.
func (p Period) IsYear() bool { return p.IsYTD() && p.End.Num() == 12 }

// Contains reports whether o lies within p.
func (p Period) Contains(o Period) bool { return p.Start <= o.Start && o.End <= p.End }

// String renders the period as "2024-01..2024-04" or "2024-04" for one month.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.Start == p.End {
		return p.Start.String()
	}
	return p.Start.String() + ".." + p.End.String()
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// MonthName returns the English name of a 1-based month number.
func MonthName(n int) string {
	if n < 1 || n > 12 {
		return ""
	}
	return monthNames[n-1]
}

// Label renders the period for people: "April 2024", "January-April 2024", "2023",
// "Q1 2024" is not attempted; other ranges read "March 2023-May 2024".
func (p Period) Label() string {
	switch {
	case p.IsZero():
		return "unknown period"
	case p.IsYear():
		return strconv.Itoa(p.Start.Year())
	case p.IsMonth():
		return fmt.Sprintf("%s %d", MonthName(p.Start.Num()), p.Start.Year())
	case p.Start.Year() == p.End.Year():
		return fmt.Sprintf("%s-%s %d", MonthName(p.Start.Num()), MonthName(p.End.Num()), p.End.Year())
	}
	return fmt.Sprintf("%s %d-%s %d", MonthName(p.Start.Num()), p.Start.Year(), MonthName(p.End.Num()), p.End.Year())
}

// periodJSON mirrors Period for JSON; it exists so unknown periods marshal as empty strings.
type periodJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// MarshalJSON writes {"start":"YYYY-MM","end":"YYYY-MM"}.
func (p Period) MarshalJSON() ([]byte, error) {
	return json.Marshal(periodJSON{Start: p.Start.String(), End: p.End.String()})
}

// UnmarshalJSON reads {"start":"YYYY-MM","end":"YYYY-MM"}.
func (p *Period) UnmarshalJSON(b []byte) error {
	var pj periodJSON
	if err := json.Unmarshal(b, &pj); err != nil {
		return err
	}
	s, err := ParseMonth(pj.Start)
	if err != nil {
		return err
	}
	e, err := ParseMonth(pj.End)
	if err != nil {
		return err
	}
	p.Start, p.End = s, e
	return nil
}
