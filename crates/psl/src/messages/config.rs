//! Messages about configs.
