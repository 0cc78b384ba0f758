//! Messages about relations.
