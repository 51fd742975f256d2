package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
)

// The SVG charts are written with the standard library only: three chart forms (stacked bars,
// grouped bars, a two-column flow diagram) do not earn a plotting dependency. Coordinates are
// printed with one decimal, and every list is drawn in a fixed order, so that the same data gives
// the same bytes.

const (
	chartWidth = 960.0
	fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
	charPx     = 7.0 // the width of one terminal column of text at 13 px, for layout
)

// svgDoc builds an SVG document.
type svgDoc struct {
	b      strings.Builder
	height float64
}

func newSVG(title string, height float64) *svgDoc {
	d := &svgDoc{height: height}
	fmt.Fprintf(&d.b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" font-size="13">`+"\n",
		num(chartWidth), num(height), num(chartWidth), num(height), esc(fontFamily))
	fmt.Fprintf(&d.b, "<title>%s</title>\n", esc(title))
	fmt.Fprintf(&d.b, `<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", num(chartWidth), num(height))
	return d
}

// text writes a text element; anchor is start, middle or end.
func (d *svgDoc) text(x, y float64, anchor, s string, extra string) {
	fmt.Fprintf(&d.b, `<text x="%s" y="%s" text-anchor="%s"%s>%s</text>`+"\n", num(x), num(y), anchor, extra, esc(s))
}

func (d *svgDoc) rect(x, y, w, h float64, fill string, tip string) {
	if tip == "" {
		fmt.Fprintf(&d.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n", num(x), num(y), num(w), num(h), fill)
		return
	}
	fmt.Fprintf(&d.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s</title></rect>`+"\n", num(x), num(y), num(w), num(h), fill, esc(tip))
}

func (d *svgDoc) line(x1, y1, x2, y2 float64, stroke string) {
	fmt.Fprintf(&d.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>`+"\n", num(x1), num(y1), num(x2), num(y2), stroke)
}

func (d *svgDoc) raw(s string) { d.b.WriteString(s) }

func (d *svgDoc) String() string { return d.b.String() + "</svg>\n" }

// header writes the chart's title and subtitle.
func (d *svgDoc) header(title, subtitle string) {
	d.text(24, 34, "start", title, ` font-size="20" font-weight="bold" fill="#212121"`)
	if subtitle != "" {
		d.text(24, 58, "start", subtitle, ` font-size="13" fill="#616161"`)
	}
}

// legend writes the legend's swatches from x, y, left to right.
func (d *svgDoc) legend(x, y float64, names, colors []string) {
	for i, n := range names {
		d.rect(x, y-10, 12, 12, colors[i], "")
		d.text(x+16, y, "start", n, ` fill="#424242"`)
		x += 16 + textWidth(n) + 18
	}
}

// textWidth estimates the width of text at 13 px.
func textWidth(s string) float64 { return float64(displayWidth(s)) * charPx }

// num prints a coordinate with at most one decimal.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

func esc(s string) string { return xmlEscaper.Replace(s) }

// barSeries is one series of a bar chart.
type barSeries struct {
	Name  string
	Color string
}

// stackedBars is a horizontal stacked bar chart of counts: one bar per category, one segment per
// series, the total at the end of the bar.
type stackedBars struct {
	Title, Subtitle string
	Categories      []string
	Series          []barSeries
	Values          [][]int64 // [category][series]
}

func (c stackedBars) svg() string {
	labelW := 0.0
	for _, cat := range c.Categories {
		labelW = max(labelW, textWidth(cat))
	}
	left := 24 + labelW + 12
	right := chartWidth - 70
	top := 100.0
	rowH := 28.0
	height := top + rowH*float64(len(c.Categories)) + 50
	d := newSVG(c.Title, height)
	d.header(c.Title, c.Subtitle)
	names, colors := seriesLegend(c.Series)
	d.legend(24, 84, names, colors)
	var maxTotal int64 = 1
	for _, vs := range c.Values {
		var t int64
		for _, v := range vs {
			t += v
		}
		maxTotal = max(maxTotal, t)
	}
	scale := (right - left) / float64(maxTotal)
	for i, cat := range c.Categories {
		y := top + rowH*float64(i)
		d.text(left-8, y+rowH/2+4, "end", cat, ` fill="#212121"`)
		x := left
		var total int64
		for j, v := range c.Values[i] {
			if v == 0 {
				continue
			}
			w := float64(v) * scale
			d.rect(x, y+4, w, rowH-8, c.Series[j].Color, cat+" · "+c.Series[j].Name+": "+strconv.FormatInt(v, 10))
			x += w
			total += v
		}
		d.text(x+6, y+rowH/2+4, "start", strconv.FormatInt(total, 10), ` fill="#424242"`)
	}
	d.line(left, top, left, top+rowH*float64(len(c.Categories)), "#9e9e9e")
	return d.String()
}

func seriesLegend(ss []barSeries) (names, colors []string) {
	for _, s := range ss {
		names = append(names, s.Name)
		colors = append(colors, s.Color)
	}
	return names, colors
}

// groupedBars is a horizontal grouped bar chart of shares (0–1): one group per category, one bar
// per series, each labelled with its percentage.
type groupedBars struct {
	Title, Subtitle string
	Categories      []string
	Series          []barSeries
	Shares          [][]socialorg.Ratio // [category][series], 0–1, exact; drawn as floats
	Labels          [][]string          // [category][series], the exact percentages
}

func (c groupedBars) svg() string {
	labelW := 0.0
	for _, cat := range c.Categories {
		labelW = max(labelW, textWidth(cat))
	}
	left := 24 + labelW + 12
	right := chartWidth - 80
	top := 100.0
	barH := 11.0
	groupH := barH*float64(len(c.Series)) + 12
	height := top + groupH*float64(len(c.Categories)) + 60
	d := newSVG(c.Title, height)
	d.header(c.Title, c.Subtitle)
	names, colors := seriesLegend(c.Series)
	d.legend(24, 84, names, colors)
	bottom := top + groupH*float64(len(c.Categories))
	for _, p := range []float64{0, 0.25, 0.5, 0.75, 1} {
		x := left + p*(right-left)
		d.line(x, top, x, bottom, "#e0e0e0")
		d.text(x, bottom+18, "middle", strconv.Itoa(int(p*100))+"%", ` fill="#757575" font-size="11"`)
	}
	for i, cat := range c.Categories {
		y := top + groupH*float64(i)
		d.text(left-8, y+groupH/2+4, "end", cat, ` fill="#212121"`)
		for j, s := range c.Series {
			share := min(max(drawn(c.Shares[i][j]), 0), 1)
			by := y + 6 + barH*float64(j)
			w := share * (right - left)
			d.rect(left, by, w, barH-1, s.Color, cat+" · "+s.Name+": "+c.Labels[i][j])
			d.text(left+w+4, by+barH-2, "start", c.Labels[i][j], ` fill="#424242" font-size="10"`)
		}
	}
	return d.String()
}

// flowNode is a node of a flow diagram.
type flowNode struct {
	Name  string
	Color string
}

// flowChart is a two-column flow diagram (Sankey-like): sources on the left, targets on the
// right, bands as wide as the flows between them.
type flowChart struct {
	Title, Subtitle string
	Sources         []flowNode
	Targets         []flowNode
	Flows           [][]int64 // [source][target], ≥ 0
	Unit            string    // what the flows measure, for the tooltips
}

func (c flowChart) svg() string {
	const top, plotH, gap, nodeW = 90.0, 520.0, 10.0, 14.0
	srcT := make([]int64, len(c.Sources))
	dstT := make([]int64, len(c.Targets))
	var total int64
	for i := range c.Sources {
		for j := range c.Targets {
			v := c.Flows[i][j]
			srcT[i] += v
			dstT[j] += v
			total += v
		}
	}
	height := top + plotH + 40
	d := newSVG(c.Title, height)
	d.header(c.Title, c.Subtitle)
	if total == 0 {
		return d.String()
	}
	nonEmpty := func(ts []int64) int {
		n := 0
		for _, t := range ts {
			if t > 0 {
				n++
			}
		}
		return n
	}
	gaps := float64(max(nonEmpty(srcT), nonEmpty(dstT))-1) * gap
	scale := (plotH - gaps) / float64(total)
	srcLabelW := 0.0
	for i, n := range c.Sources {
		if srcT[i] > 0 {
			srcLabelW = max(srcLabelW, textWidth(n.Name))
		}
	}
	x0 := 24 + srcLabelW + 12
	x1 := chartWidth - 24 - 200
	place := func(ts []int64) []float64 {
		ys := make([]float64, len(ts))
		y := top
		for i, t := range ts {
			ys[i] = y
			if t > 0 {
				y += float64(t)*scale + gap
			}
		}
		return ys
	}
	srcY, dstY := place(srcT), place(dstT)
	// Bands first, under the nodes: each source's flows in target order, stacked in each node.
	srcOff := append([]float64(nil), srcY...)
	dstOff := append([]float64(nil), dstY...)
	mid := (x0 + nodeW + x1) / 2
	for i, s := range c.Sources {
		for j, t := range c.Targets {
			v := c.Flows[i][j]
			if v == 0 {
				continue
			}
			h := float64(v) * scale
			ya, yb := srcOff[i], dstOff[j]
			xa, xb := x0+nodeW, x1
			fmt.Fprintf(&d.b, `<path d="M%s,%s C%s,%s %s,%s %s,%s L%s,%s C%s,%s %s,%s %s,%s Z" fill="%s" fill-opacity="0.45"><title>%s</title></path>`+"\n",
				num(xa), num(ya), num(mid), num(ya), num(mid), num(yb), num(xb), num(yb),
				num(xb), num(yb+h), num(mid), num(yb+h), num(mid), num(ya+h), num(xa), num(ya+h),
				s.Color, esc(s.Name+" → "+t.Name+": "+strconv.FormatInt(v, 10)+" "+c.Unit))
			srcOff[i] += h
			dstOff[j] += h
		}
	}
	share := func(v int64) string { return ratioPercent(v, total) }
	for i, s := range c.Sources {
		if srcT[i] == 0 {
			continue
		}
		h := float64(srcT[i]) * scale
		d.rect(x0, srcY[i], nodeW, h, s.Color, s.Name)
		d.text(x0-6, srcY[i]+h/2+4, "end", s.Name, ` fill="#212121"`)
		d.text(x0-6, srcY[i]+h/2+17, "end", share(srcT[i]), ` fill="#757575" font-size="10"`)
	}
	for j, t := range c.Targets {
		if dstT[j] == 0 {
			continue
		}
		h := float64(dstT[j]) * scale
		d.rect(x1, dstY[j], nodeW, h, t.Color, t.Name)
		d.text(x1+nodeW+6, dstY[j]+h/2+4, "start", t.Name+"  "+share(dstT[j]), ` fill="#212121"`)
	}
	return d.String()
}

// drawn is a share as a float, for drawing only (a zero denominator draws nothing).
func drawn(r socialorg.Ratio) float64 {
	if r.Den == 0 {
		return 0
	}
	return float64(r.Num) / float64(r.Den)
}
