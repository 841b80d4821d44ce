package highlight

// Numbers that are not figures: references to parts of a text ("Fig. 8",
// "Eqs. (18), (19)", "Section 3.1.3"), citation marks ("[13]", "(7)"),
// list numbers at the start of a line, and the years of author-year
// citations ("Penz et al., 2008").

// figRefWords introduce a reference to a part of a text, in any case and
// also before a parenthesised number ("Eq. (18)").
var figRefWords = WordSet(`fig figs figure figures table tables section
sections sec sect eq eqs equation equations chapter chapters appendix ref
refs vol lemma theorem proposition definition corollary algorithm
supplement supplementary scheme schemes listing column columns`)

// figWeakRefWords introduce a reference only when the number follows
// directly: "phase 7", "Experiment 2", but not "regions (48 regions".
var figWeakRefWords = WordSet(`step steps box article paragraph page pages
line lines phase phases experiment experiments study case cases model
models panel panels note notes item items chart group groups hypothesis
condition conditions protocol trial exp expt plot plots stage stages type
fraction fractions month months week weeks code codes sample samples core
borehole clone clones complex site sites day days numbered number`)

// skipReference reports whether a reference or citation starts at token
// i, and where it ends.
func (s *figScanner) skipReference(i int) (int, bool) {
	switch s.kindAt(i) {
	case ftWord:
		return s.skipRefWord(i)
	case ftSym:
		return s.skipBracket(i)
	}
	return s.skipListNumber(i)
}

// skipRefWord skips "Fig. 8", "Figs. 2 and 3", "Table S1", "p. 5".
func (s *figScanner) skipRefWord(i int) (int, bool) {
	w := string(s.lower(i))
	j := i + 1
	dot := s.is(j, ".") && s.glued(j)
	if dot {
		j++
	}
	switch {
	case w == "p" || w == "pp" || w == "no" || w == "nos":
		if !dot {
			return 0, false
		}
	case figWeakRefWords[w]:
		if s.is(j, "(") || dot {
			return 0, false
		}
	case !figRefWords[w]:
		return 0, false
	}
	if !s.near(j) || !s.refStart(j) {
		return 0, false
	}
	return s.refList(j), true
}

// refStart reports whether a reference number starts at token j: "8",
// "(18)", "S1".
func (s *figScanner) refStart(j int) bool {
	if s.is(j, "(") {
		j++
	}
	if s.kindAt(j) == ftWord && len(s.tok(j)) == 1 && s.glued(j+1) {
		j++ // "S1", "A2"
	}
	return s.kindAt(j) == ftNum
}

// refList returns the index after a list of reference numbers starting at
// token j: "2 and 3", "(18), (19), (24) and (27)", "3.1.3", "2a–c".
func (s *figScanner) refList(j int) int {
	end := j
	for k := j; k < len(s.toks) && k < j+40; k++ {
		if k > j && !s.near(k) {
			break
		}
		switch t := s.tok(k); {
		case s.kindAt(k) == ftNum:
			end = k + 1
		case t == ")" || s.kindAt(k) == ftWord && s.glued(k) && len(t) <= 2:
			if k == end {
				end = k + 1
			}
		case t == "(" || t == "," || t == "and" || t == "&" || t == "–" || t == "-" || t == "." || s.kindAt(k) == ftWord && len(t) == 1:
		default:
			return max(end, j+1)
		}
	}
	return max(end, j+1)
}

// skipBracket skips citation marks: "[13]", "[1, 2]", "[3–5]", and a bare
// parenthesised number below 1000 such as "(7)" or "(18)".
func (s *figScanner) skipBracket(i int) (int, bool) {
	switch s.tok(i) {
	case "[", "{":
		return s.skipCitation(i)
	case "(":
		if s.glued(i + 1) {
			return s.skipCitation(i)
		}
	}
	return 0, false
}

// skipCitation skips "[13]", "[1, 2, 5–7]", "(7)" and "(26,29,49)": small
// integers in brackets.
func (s *figScanner) skipCitation(i int) (int, bool) {
	closer := figCloser(s.tok(i))
	for k := i + 1; k < len(s.toks) && k < i+30; k++ {
		switch t := s.tok(k); {
		case t == closer:
			return k + 1, k > i+1
		case s.kindAt(k) == ftNum && numIsInt(t) && (closer != ")" || len(t) <= 3):
		case t == "," || t == "–" || t == "-" || t == ";":
		default:
			return 0, false
		}
	}
	return 0, false
}

// skipListNumber skips "1." or "2)" opening a line.
func (s *figScanner) skipListNumber(i int) (int, bool) {
	t := s.tok(i)
	if s.toks[i].gap != gapLine || len(t) > 2 || !numIsInt(t) || !s.glued(i+1) {
		return 0, false
	}
	if p := s.tok(i + 1); (p == "." || p == ")") && i+2 < len(s.toks) && s.toks[i+2].gap == gapSpace {
		return i + 2, true
	}
	return 0, false
}

// citationYear reports whether the number at token i is the year of an
// author-year citation: "Penz et al., 2008", "(Garcia Munoz, 2007;",
// "Trammell et al. (2011)".
func (s *figScanner) citationYear(i int, n numMatch) bool {
	if !s.yearLike(n) {
		return false
	}
	p := i - 1
	comma := s.is(p, ",") || s.is(p, ";")
	paren := s.is(p, "(")
	if comma || paren {
		p--
	}
	if s.is(p, ".") && s.is(p-1, "al") {
		return true
	}
	if comma && s.kindAt(p) == ftNum {
		m, ok := s.number(p) // "Khan et al., 2010, 2011"
		return ok && m.end == p+1 && s.citationYear(p, m)
	}
	if w := s.lower(p); !s.isCap(p) || figYearCues[string(w)] || figStopWords[string(w)] || figMeasureCues[string(w)] {
		return false
	}
	_, isMonth := figMonths[s.tok(p)]
	return !isMonth
}

// figApprox are the words that qualify an amount, longest first within
// each start word; they join the figure's span.
var figApprox = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"greater", "than"},
	{"higher", "than"}, {"lower", "than"}, {"larger", "than"}, {"smaller", "than"},
	{"at", "least"}, {"at", "most"}, {"up", "to"}, {"as", "many", "as"},
	{"as", "few", "as"}, {"as", "much", "as"}, {"as", "little", "as"},
	{"as", "high", "as"}, {"as", "low", "as"}, {"an", "estimated"},
	{"just", "over"}, {"just", "under"}, {"well", "over"}, {"close", "to"},
	{"upwards", "of"}, {"in", "excess", "of"}, {"no", "more", "than"},
	{"no", "less", "than"}, {"nearly"}, {"almost"}, {"about"}, {"around"},
	{"approximately"}, {"approx"}, {"roughly"}, {"some"}, {"over"},
	{"under"}, {"between"}, {"estimated"}, {"circa"}, {"ca"}, {"below"},
	{"above"}, {"exceeding"}, {"within"},
}

// figApproxMarks are signs that qualify an amount: "~5", "≥16", "< .001".
var figApproxMarks = WordSet(`~ ∼ ≈ < > ≤ ≥ ≲ ≳ ⩽ ⩾ ≃ ≅`)

// approxStart returns the index where the figure starting at token a
// begins once an approximation before it is included.
func (s *figScanner) approxStart(a int) int {
	if a-1 >= s.last && s.near(a) && figApproxMarks[s.tok(a-1)] {
		a--
		if a-1 >= s.last && s.glued(a) && (s.is(a-1, "<") || s.is(a-1, ">")) {
			a-- // "<=" written as "< ="
		}
	}
	best := a
	for _, p := range figApprox {
		if st := a - len(p); st >= s.last && st < best && s.phraseAt(st, p) {
			best = st
		}
	}
	return best
}

// phraseAt reports whether the words of p stand at tokens st, st+1, ...
// on one line, ending right before the figure.
func (s *figScanner) phraseAt(st int, p []string) bool {
	for k, w := range p {
		if !s.is(st+k, w) || k > 0 && !s.near(st+k) {
			return false
		}
	}
	return s.near(st+len(p)) && s.toks[st+len(p)].gap == gapSpace
}

// figCloser returns the bracket that closes open.
func figCloser(open string) string {
	switch open {
	case "[":
		return "]"
	case "{":
		return "}"
	}
	return ")"
}
