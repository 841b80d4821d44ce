package app

import (
	"html"
	"strings"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/ast"
	"github.com/gomarkdown/markdown/parser"
)

// markdownExtensions are gomarkdown's common extensions. Includes (which
// would read other files) and Mmark stay off.
const markdownExtensions = parser.CommonExtensions | parser.Footnotes

// extractMarkdown returns a Markdown document's text: headings and
// paragraphs (list items, quotes, table rows and code blocks each a
// paragraph), separated by blank lines, without raw HTML or images. The
// title is a front-matter "title:", else the first heading, else what the
// text shows; front matter also gives author, date and outlet.
func extractMarkdown(src string) (string, textMeta) {
	front, body := splitFrontMatter(src)
	text, heading := markdownText(body)
	guess := guessMeta(text)
	m := textMeta{
		Title:  firstNonEmpty(front["title"], heading, guess.Title),
		Outlet: firstNonEmpty(front["outlet"], front["source"], front["site"], front["publisher"], guess.Outlet),
		Byline: firstNonEmpty(cleanByline(front["author"]), cleanByline(front["byline"]), guess.Byline),
		Date:   firstNonEmpty(frontDate(front["date"]), guess.Date),
		Credit: guess.Credit,
	}
	return text, m
}

// markdownText parses body and walks its tree into paragraphs. It returns
// the text and the first heading (of the highest level). A parser panic
// leaves the source as plain text.
func markdownText(body string) (text, heading string) {
	defer func() {
		if recover() != nil {
			text, heading = body, ""
		}
	}()
	doc := markdown.Parse([]byte(body), parser.NewWithExtensions(markdownExtensions))
	w := mdWalker{level: 7}
	ast.WalkFunc(doc, w.visit)
	return w.p.String(), w.heading
}

// mdWalker turns a Markdown tree into paragraphs.
type mdWalker struct {
	p       paragraphs
	heading string // the first heading of the highest level seen
	level   int    // that heading's level
}

// visit handles one node on entering and leaving it.
func (w *mdWalker) visit(n ast.Node, entering bool) ast.WalkStatus {
	switch n := n.(type) {
	case *ast.Text, *ast.Code, *ast.Math:
		w.p.text(html.UnescapeString(string(n.AsLeaf().Literal)))
	case *ast.CodeBlock:
		w.p.end()
		w.p.raw(string(n.Literal))
		w.p.end()
	case *ast.Hardbreak:
		w.p.lineBreak()
	case *ast.Image, *ast.HTMLBlock, *ast.HTMLSpan:
		return ast.SkipChildren
	case *ast.Heading:
		w.visitHeading(n, entering)
	case *ast.Paragraph, *ast.ListItem, *ast.BlockQuote, *ast.TableRow, *ast.HorizontalRule, *ast.Aside:
		w.p.end()
	case *ast.TableCell:
		w.p.text(" ")
	}
	return ast.GoToNext
}

// visitHeading makes each heading its own paragraph and remembers the
// first one of the highest level as the title.
func (w *mdWalker) visitHeading(h *ast.Heading, entering bool) {
	if entering {
		w.p.end()
		return
	}
	if h.Level < w.level {
		w.level, w.heading = h.Level, clean(w.p.cur.String())
	}
	w.p.end()
}

// splitFrontMatter separates a leading "---" block of "key: value" lines
// from the body. Keys come back lower-case, values without quotes.
func splitFrontMatter(src string) (map[string]string, string) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(src, "\ufeff"), "---")
	if !ok || !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n") && !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\r\n") {
		return nil, src
	}
	block, body, ok := cutFrontEnd(rest)
	if !ok {
		return nil, src
	}
	front := map[string]string{}
	for line := range strings.Lines(block) {
		key, val, ok := strings.Cut(line, ":")
		if ok {
			front[strings.ToLower(strings.TrimSpace(key))] = strings.Trim(strings.TrimSpace(val), `"'`)
		}
	}
	return front, body
}

// cutFrontEnd finds the line "---" or "..." closing front matter.
func cutFrontEnd(rest string) (block, body string, ok bool) {
	at := 0
	for line := range strings.Lines(rest) {
		if t := strings.TrimSpace(line); at > 0 && (t == "---" || t == "...") {
			return rest[:at], rest[at+len(line):], true
		}
		at += len(line)
	}
	return "", "", false
}

// frontDate formats a front-matter date ("2016-02-05") as Document.Date
// does, or keeps it as written when it is not a plain date.
func frontDate(s string) string {
	if t, ok := parseStamp(s); ok {
		return formatTime(t)
	}
	if d, ok := firstDate(s, false); ok {
		return d.String()
	}
	return s
}
