// Package ner is Slant's named-entity tagger: an averaged structured
// perceptron over BIO tags (PER, ORG, LOC, MISC), decoded left to right
// with a small beam (beam.go).
//
// Features are hashed into a flat table of buckets, one weight per tag and
// bucket, so tagging never builds a string and never looks a string up in
// a map: word identity, lower case, shape, prefixes and suffixes, the words
// and shapes two to either side, word bigrams, capitalisation flags, the
// position in the sentence, the last word of the run of capitalised words
// a word belongs to ("Ltd" for "Mitsubishi"), document-level case
// evidence, gazetteer matches (titles among them) and the previous two
// tags.
//
// A Model is trained on CoNLL-2003 data by the command in ./train and
// stored compactly (int8 weights, zero rows dropped, varint coded); a
// Tagger pairs a Model with the Gazetteer it was trained with.
package ner
