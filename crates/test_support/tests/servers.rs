//! The test servers `scripts/test` promises are reachable, and the corpus path `.ci/run` sets
//! exists. These fail, never skip: a database test that cannot reach its server is a failure.

use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Host and port of a `scheme://[user[:password]@]host[:port][/db][?query]` URL.
fn host_and_port(url: &str, default_port: u16) -> (String, u16) {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
    if let Some(v6) = host_port.strip_prefix('[') {
        let (host, after) = v6.split_once(']').expect("unterminated [IPv6] host in URL");
        let port = after.strip_prefix(':').map_or(default_port, parse_port);
        return (host.to_owned(), port);
    }
    match host_port.rsplit_once(':') {
        Some((host, port)) => (host.to_owned(), parse_port(port)),
        None => (host_port.to_owned(), default_port),
    }
}

fn parse_port(port: &str) -> u16 {
    port.parse().unwrap_or_else(|_| panic!("bad port {port:?} in URL"))
}

fn assert_accepts_tcp(server: &str, url: &str, default_port: u16) {
    let (host, port) = host_and_port(url, default_port);
    let addrs: Vec<_> = (host.as_str(), port)
        .to_socket_addrs()
        .unwrap_or_else(|e| panic!("{server}: cannot resolve {host}:{port}: {e}"))
        .collect();
    let connected = addrs.iter().any(|addr| TcpStream::connect_timeout(addr, Duration::from_secs(5)).is_ok());
    assert!(
        connected,
        "{server} is not accepting TCP connections at {host}:{port}: \
         run the tests through scripts/test, which starts it"
    );
}

#[test]
fn postgres_accepts_tcp_connections() {
    assert_accepts_tcp("PostgreSQL", &test_support::postgres_url(), 5432);
}

#[test]
fn mysql_accepts_tcp_connections() {
    assert_accepts_tcp("MariaDB/MySQL", &test_support::mysql_url(), 3306);
}

#[test]
fn corpus_dir_exists_when_set() {
    match test_support::corpus_dir() {
        Some(dir) => assert!(
            dir.join("prisma-schemas").is_dir(),
            "{} has no prisma-schemas/ folder: is it shared/corpus?",
            dir.display()
        ),
        None => println!("{}", test_support::CORPUS_NOT_SET),
    }
}

#[test]
fn urls_split_into_host_and_port() {
    let cases = [
        ("postgresql://postgres@127.0.0.1:5432/postgres", ("127.0.0.1", 5432)),
        ("mysql://root:secret@localhost/mysql?x=1", ("localhost", 3306)),
        ("postgresql://[::1]:6543/db", ("::1", 6543)),
        ("mysql://127.0.0.1:3307", ("127.0.0.1", 3307)),
    ];
    for (url, (host, port)) in cases {
        assert_eq!(host_and_port(url, 3306), (host.to_owned(), port), "{url}");
    }
}
