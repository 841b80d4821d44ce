package export

import (
	"bufio"
	"fmt"
	"html"
	"image/color"
	"io"
	"sort"
	"strings"

	"slant/app"
	"slant/highlight"
)

// speakerElem stands for a speaker mention in the stack of open elements.
const speakerElem = -2

// cueCSS is how each cue is drawn in CSS: quotes get a border under the
// line box so that an inner span's text decoration stays visible.
var cueCSS = [...]string{
	app.CueSolid:  "border-bottom:2px solid %s;padding-bottom:1px",
	app.CueDouble: "text-decoration:underline double %s;text-decoration-thickness:1px;text-underline-offset:2px",
	app.CueDotted: "text-decoration:underline dotted %s;text-decoration-thickness:2px;text-underline-offset:2px",
	app.CueWavy:   "text-decoration:underline wavy %s;text-decoration-thickness:1px;text-underline-offset:3px",
}

// WriteHTML writes d as one self-contained HTML page: inline CSS with the
// kinds' colours and underline cues, a legend, the highlighted text, and
// the summary tables. It loads nothing from elsewhere.
func WriteHTML(w io.Writer, d *app.Document, opt Options) error {
	bw := bufio.NewWriter(w)
	h := &htmlDoc{w: bw, text: d.Text, spans: opt.visible(d), opt: opt}
	h.pcs = pieces(d.Text, h.spans)
	h.page(d)
	return bw.Flush()
}

// htmlDoc is one HTML page being written.
type htmlDoc struct {
	w     *bufio.Writer
	text  string
	spans []highlight.Span
	pcs   []piece
	opt   Options
	open  []int // span indexes (or speakerElem) of the open elements
}

func (h *htmlDoc) printf(format string, a ...any) { fmt.Fprintf(h.w, format, a...) }

// esc escapes s for HTML text and attribute values.
func esc(s string) string { return html.EscapeString(Display(s)) }

// page writes the whole document.
func (h *htmlDoc) page(d *app.Document) {
	h.printf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	h.printf("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	h.printf("<meta name=\"generator\" content=\"Slant\">\n<title>%s</title>\n", esc(firstNonEmpty(d.Title, "Slant export")))
	h.printf("<style>\n%s</style>\n</head>\n<body>\n<article>\n<header>\n", css())
	paras := Paragraphs(h.text, [2]int{0, len(h.text)})
	if r, ok := titleLine(h.text, d.Title); ok {
		h.paragraph("h1", r)
		paras = paras[1:]
	} else if d.Title != "" {
		h.printf("<h1>%s</h1>\n", esc(d.Title))
	}
	h.meta(d)
	h.legend()
	h.printf("</header>\n<div class=\"text\">\n")
	for _, p := range paras {
		h.paragraph("p", p)
	}
	h.printf("</div>\n")
	h.summary(summarize(h.text, h.spans))
	h.printf("</article>\n</body>\n</html>\n")
}

// css builds the style sheet from app.Styles.
func css() string {
	var b strings.Builder
	b.WriteString(`body{font-family:"DejaVu Serif",Georgia,serif;line-height:1.7;color:#1a1a1a;background:#fff;margin:0}
article{max-width:42em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;line-height:1.35;margin:0 0 .3em}
.meta{color:#5a5a5a;font-size:.9em;margin:0 0 .8em}
.legend{font-size:.85em;color:#5a5a5a;border-bottom:1px solid #b0b0b0;padding-bottom:.6em;margin-bottom:1em}
.legend span.k{margin-right:.3em;color:#1a1a1a}
.legend .entry{margin-right:1.4em;white-space:nowrap}
.speaker{outline:1px solid ` + hexColor(app.StyleOf(highlight.Quote).Ink) + `;outline-offset:0}
table{border-collapse:collapse;width:100%;margin:.4em 0 1.4em;font-size:.9em}
th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #b0b0b0;vertical-align:top}
th{background:#eee}
td.n{text-align:right}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}article{margin:0;max-width:none}}
`)
	for _, k := range highlight.Kinds {
		st := app.StyleOf(k)
		fmt.Fprintf(&b, ".%s{background:%s;%s}\n", k, hexColor(st.Light), fmt.Sprintf(cueCSS[st.Cue], hexColor(st.Ink)))
		fmt.Fprintf(&b, "@media (prefers-color-scheme:dark){.%s{background:%s;color:#fff}}\n", k, hexColor(st.Dark))
		fmt.Fprintf(&b, "sup.%s{background:none;text-decoration:none;border:0;color:%s;font-weight:bold;font-size:.7em}\n", k, hexColor(st.Ink))
	}
	return b.String()
}

// hexColor writes c as #RRGGBB.
func hexColor(c color.NRGBA) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// meta writes the outlet, date and byline line.
func (h *htmlDoc) meta(d *app.Document) {
	var bits []string
	for _, s := range []string{d.Outlet, d.Date, d.Byline} {
		if strings.TrimSpace(s) != "" {
			bits = append(bits, esc(strings.TrimSpace(s)))
		}
	}
	if len(bits) > 0 {
		h.printf("<p class=\"meta\">%s</p>\n", strings.Join(bits, " · "))
	}
}

// legend names each visible kind, drawn as in the text, with its cue.
func (h *htmlDoc) legend() {
	h.printf("<p class=\"legend\">")
	for _, k := range shownKinds(h.opt) {
		st := app.StyleOf(k)
		h.printf("<span class=\"entry\"><span class=\"k %s\">%s</span><sup class=\"%s\">%s</sup> %s</span>", k, esc(st.Name), k, st.Letter, cueNames[st.Cue])
	}
	if !h.opt.Hide[highlight.Quote] {
		h.printf("<span class=\"entry\"><span class=\"k speaker\">Name</span> who is quoted</span>")
	}
	h.printf("</p>\n")
}

// paragraph writes the text of r inside a tag, opening and closing span
// elements so that they nest even where spans overlap.
func (h *htmlDoc) paragraph(tag string, r [2]int) {
	h.printf("<%s>", tag)
	i := sort.Search(len(h.pcs), func(i int) bool { return h.pcs[i].end > r[0] })
	for ; i < len(h.pcs) && h.pcs[i].start < r[1]; i++ {
		h.reopen(h.wanted(h.pcs[i]))
		h.w.WriteString(esc(h.text[max(h.pcs[i].start, r[0]):min(h.pcs[i].end, r[1])]))
	}
	h.reopen(nil)
	h.printf("</%s>\n", tag)
}

// wanted lists the elements a piece sits in, outermost first.
func (h *htmlDoc) wanted(pc piece) []int {
	var want []int
	for _, s := range pc.active {
		if s != none {
			want = append(want, s)
		}
	}
	sort.Slice(want, func(i, j int) bool { return encloses(h.spans[want[i]], h.spans[want[j]]) })
	if pc.speaker {
		want = append(want, speakerElem)
	}
	return want
}

// reopen closes the open elements that want does not start with and opens
// the rest of want.
func (h *htmlDoc) reopen(want []int) {
	keep := 0
	for keep < len(h.open) && keep < len(want) && h.open[keep] == want[keep] {
		keep++
	}
	for range h.open[keep:] {
		h.w.WriteString("</span>")
	}
	h.open = append(h.open[:keep], want[keep:]...)
	for _, e := range want[keep:] {
		if e == speakerElem {
			h.w.WriteString(`<span class="speaker" title="speaker">`)
			continue
		}
		s := h.spans[e]
		h.printf(`<span class="%s" title="%s">`, s.Kind, esc(app.StyleOf(s.Kind).Name+" — "+detail(h.text, s)))
	}
}

// summary writes the counts and the per-kind tables.
func (h *htmlDoc) summary(s Summary) {
	h.printf("<section class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tr><th>Kind</th><th>Marked</th><th>Cue</th></tr>\n")
	for _, k := range shownKinds(h.opt) {
		st := app.StyleOf(k)
		h.printf("<tr><td><span class=\"%s\">%s</span></td><td class=\"n\">%d</td><td>%s</td></tr>\n", k, esc(st.Name), s.Counts[k], cueNames[st.Cue])
	}
	h.printf("</table>\n")
	h.section(highlight.Quote, "Who is quoted", []string{"Speaker", "Quotes", "Words quoted"}, speakerRows(s.Speakers))
	h.section(highlight.Figure, "Figures", []string{"As written", "Value", "Unit"}, figureRows(s.Figures))
	h.section(highlight.Actor, "Actors", []string{"Actor", "Type", "Mentions"}, actorRows(s.Actors))
	h.section(highlight.Loaded, "Loaded terms", loadedHeads, loadedRows(s.Loaded))
	h.printf("</section>\n")
}

// section writes one summary table unless its kind is hidden.
func (h *htmlDoc) section(k highlight.Kind, title string, heads []string, rows [][]string) {
	if h.opt.Hide[k] {
		return
	}
	h.printf("<h3>%s</h3>\n", esc(title))
	if len(rows) == 0 {
		h.printf("<p>None found.</p>\n")
		return
	}
	h.printf("<table>\n<tr>")
	for _, c := range heads {
		h.printf("<th>%s</th>", esc(c))
	}
	h.printf("</tr>\n")
	for _, r := range rows {
		h.printf("<tr>")
		for _, c := range r {
			h.printf("<td>%s</td>", esc(c))
		}
		h.printf("</tr>\n")
	}
	h.printf("</table>\n")
}
