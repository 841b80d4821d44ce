package ner

// HoldoutFraction is the share of the training documents (the last ones)
// that `train -holdout` keeps out of training to choose the number of
// epochs and to measure changes, so that valid.txt is never tuned on.
const HoldoutFraction = 0.15

// SplitHoldout returns the first documents of docs for training and the
// last fraction of them (at least one when frac > 0) for scoring.
func SplitHoldout(docs []Document, frac float64) (train, held []Document) {
	if frac <= 0 || len(docs) < 2 {
		return docs, nil
	}
	n := max(1, int(float64(len(docs))*frac+0.5))
	n = min(n, len(docs)-1)
	return docs[:len(docs)-n], docs[len(docs)-n:]
}
