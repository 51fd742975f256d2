package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/socialorg/socialorg/registry"
)

// rosterCSV is a roster of n rows: half meet the rules, half fail one, every 50th cannot be read.
func rosterCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("名称,类型,登记管理机关,个人会员,专职工作人员,资金（元）,住所\n")
	for i := range n {
		members := 40 + i%20
		funds := "30000"
		if i%50 == 49 {
			funds = "三万"
		}
		fmt.Fprintf(&b, "广州市协会%d,社会团体,440100,%d,1,%s,某路%d号\n", i, members, funds, i)
	}
	return []byte(b.String())
}

// checkCSV runs the whole check of a CSV roster in memory: reading, checking, writing CSV.
func checkCSV(tb testing.TB, in []byte) summary {
	s := &checkSettings{lang: langTag(hansIdx), li: hansIdx, asOf: testNowDate()}
	cells, err := newCSVCells(bytes.NewReader(in), int64(len(in)), "auto")
	if err != nil {
		tb.Fatal(err)
	}
	src, err := newTabular(cells, cellOptions{}, false)
	if err != nil {
		tb.Fatal(err)
	}
	w, err := newCSVResults(io.Discard, s)
	if err != nil {
		tb.Fatal(err)
	}
	a := &app{stderr: io.Discard, now: testClock}
	sum, err := a.run1(src, w, s, a.newProgress("off", hansIdx))
	if err != nil {
		tb.Fatal(err)
	}
	return sum
}

// BenchmarkCheckCSV checks rosters of 100, 1,000 and 10,000 rows (1×, 10×, 100×): the cost per
// row stays flat (100× the rows ≤ 150× the time).
func BenchmarkCheckCSV(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		in := rosterCSV(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if sum := checkCSV(b, in); sum.Rows != n {
					b.Fatal(sum)
				}
			}
		})
	}
}

// BenchmarkCheckWorkbook checks workbooks of 100, 1,000 and 10,000 rows and writes the copy with
// its results sheet.
func BenchmarkCheckWorkbook(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		in := rosterWorkbook(b, n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			for b.Loop() {
				s := &checkSettings{lang: langTag(hansIdx), li: hansIdx, asOf: testNowDate()}
				f, err := excelize.OpenReader(bytes.NewReader(in))
				if err != nil {
					b.Fatal(err)
				}
				cells, err := newXLSXCells(f, "Sheet1")
				if err != nil {
					b.Fatal(err)
				}
				src, err := newTabular(cells, cellOptions{serialDates: true}, false)
				if err != nil {
					b.Fatal(err)
				}
				w, err := newXLSXResults(f, s)
				if err != nil {
					b.Fatal(err)
				}
				a := &app{stderr: io.Discard, now: testClock}
				if _, err := a.run1(src, w, s, a.newProgress("off", hansIdx)); err != nil {
					b.Fatal(err)
				}
				if err := f.Write(io.Discard); err != nil {
					b.Fatal(err)
				}
				cells.close()
				f.Close()
			}
		})
	}
}

// rosterWorkbook is rosterCSV's roster as a workbook.
func rosterWorkbook(tb testing.TB, n int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(rosterCSV(n)), "\n"), "\n") {
		cells := strings.Split(line, ",")
		row := make([]any, len(cells))
		for j, c := range cells {
			row[j] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// BenchmarkTextTable writes listings of 100, 1,000 and 10,000 rows as aligned text.
func BenchmarkTextTable(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		t := &table{titles: []string{"代码", "名称", "依据"}}
		for i := range n {
			t.rows = append(t.rows, []string{fmt.Sprint(440100 + i), "某区第" + fmt.Sprint(i) + "街道", "《社会团体登记管理条例》第十条"})
		}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := writeText(io.Discard, t); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestCheckCSVInMemory(t *testing.T) {
	sum := checkCSV(t, rosterCSV(200))
	want := summary{Rows: 200, Met: 98, NotMet: 98, NotChecked: 4} // rows 50, 150 (49, 149 members) and 100, 200 unread
	if sum != want {
		t.Fatalf("got %+v, want %+v", sum, want)
	}
}

// BenchmarkLibraryFloor is the baseline of BenchmarkCheckCSV: registry.CheckRegistration alone
// over the same organizations, read beforehand, nothing written. The CLI's cost beyond it is
// reading the cells and writing the results (a message and a citation per finding).
func BenchmarkLibraryFloor(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		in := rosterCSV(n)
		cells, err := newCSVCells(bytes.NewReader(in), int64(len(in)), "auto")
		if err != nil {
			b.Fatal(err)
		}
		src, err := newTabular(cells, cellOptions{}, false)
		if err != nil {
			b.Fatal(err)
		}
		var recs []record
		for {
			rec, err := src.next()
			if err != nil {
				break
			}
			recs = append(recs, rec)
		}
		asOf := testNowDate()
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			for b.Loop() {
				for i := range recs {
					_, _ = registry.CheckRegistration(recs[i].org, asOf)
				}
			}
		})
	}
}
