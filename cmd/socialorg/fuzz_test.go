package main

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// checkBytes runs a whole check over an input in memory, as the program does, and fails on
// anything but the documented outcomes: a header error, a stop at a row, or a summary.
func checkBytes(t *testing.T, data []byte, format string) {
	s := &checkSettings{lang: langTag(enIdx), li: enIdx, asOf: testNowDate()}
	lim := &limitReader{r: bytes.NewReader(data), n: 1 << 20}
	var src source
	var err error
	if format == "csv" {
		var cells *csvCells
		if cells, err = newCSVCells(lim, int64(len(data)), "auto"); err == nil {
			src, err = newTabular(cells, cellOptions{}, false)
		}
	} else {
		src, err = newJSONSource(lim, int64(len(data)))
	}
	var he *headerError
	var re *rowError
	if err != nil {
		if !errors.As(err, &he) && !errors.As(err, &re) {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	for _, newW := range []func() (resultWriter, error){
		func() (resultWriter, error) { return newCSVResults(io.Discard, s) },
		func() (resultWriter, error) { return newJSONResults(io.Discard, s) },
	} {
		w, err := newW()
		if err != nil {
			t.Fatal(err)
		}
		a := &app{stderr: io.Discard, now: testClock}
		sum, err := a.run1(src, w, s, a.newProgress("off", enIdx))
		if err != nil && !errors.As(err, &re) {
			t.Fatalf("unexpected error: %v", err)
		}
		if sum.Rows != sum.Met+sum.NotMet+sum.Undecided+sum.NotChecked {
			t.Fatalf("rows do not add up: %+v", sum)
		}
		break // the source is consumed
	}
}

// FuzzCheckCSV: any bytes as a CSV roster are read, checked and written without a panic.
func FuzzCheckCSV(f *testing.F) {
	f.Add(sampleCSV())
	f.Add([]byte(goodHeader + "广州市甲协会,social-group,440100,60,1,30000,某路\n"))
	f.Add([]byte("name;kind;division\n\"a;\"b\";foundation;440100\n"))
	f.Add([]byte("名称\t类型\t登记管理机关\tregistered\n甲\t基金会\t440100\t2024年2月30日\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkBytes(t, data, "csv") })
}

// FuzzCheckJSON: any bytes as a JSON roster are read, checked and written without a panic.
func FuzzCheckJSON(f *testing.F) {
	f.Add([]byte(`[{"name":"广州市甲协会","kind":"social-group","division":"440100","individual_members":60,"staff":1,"funds":"30000","domicile":"某路"}]`))
	f.Add([]byte(`{"name":"x","funds":1e99999}{"kind":[1]}`))
	f.Add([]byte(`[null, 1, "a", {"registered": "2024-02-29", "code": "51440104MJA000001N"}]`))
	f.Fuzz(func(t *testing.T, data []byte) { checkBytes(t, data, "json") })
}
