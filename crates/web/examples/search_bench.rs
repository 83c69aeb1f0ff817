//! Search benchmark: the public API over tantivy vs. PostgreSQL full-text search on the
//! same synthetic corpus, driven by the same fixed query mix.
//!
//! ```text
//! cargo run --release -p courtpub-web --example search_bench -- \
//!     [--acts 100000] [--dir /tmp/courtpub-bench] [--seconds 30] [--clients 32] \
//!     [--pg postgres://postgres@127.0.0.1/courtpub_bench] [--skip-pg]
//! ```
//!
//! The corpus (≈9 KB of masked Russian legal text per act) is generated on demand from a
//! fixed seed and never committed; the index folder and the PostgreSQL table are reused
//! when they already hold the requested number of acts. The tantivy side is measured
//! through HTTP (`/api/v1/search`, which also computes totals and facets); the PostgreSQL
//! side runs the SQL directly (`websearch_to_tsquery`, `ts_rank_cd`, `ts_headline`, top 20).

use chrono::NaiveDate;
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, PublicAct,
};
use courtpub_index::ActIndex;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

struct Args {
    acts: usize,
    dir: PathBuf,
    seconds: u64,
    clients: usize,
    pg: String,
    skip_pg: bool,
}

fn args() -> Args {
    let mut a = Args {
        acts: 100_000,
        dir: PathBuf::from("/tmp/courtpub-bench"),
        seconds: 30,
        clients: 32,
        pg: "postgres://postgres@127.0.0.1/courtpub_bench".into(),
        skip_pg: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--acts" => a.acts = value().parse().expect("--acts N"),
            "--dir" => a.dir = PathBuf::from(value()),
            "--seconds" => a.seconds = value().parse().expect("--seconds N"),
            "--clients" => a.clients = value().parse().expect("--clients N"),
            "--pg" => a.pg = value(),
            "--skip-pg" => a.skip_pg = true,
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

// ---------------------------------------------------------------- corpus

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const COURTS: &[(&str, &str)] = &[
    ("bishkek-pervomaisky", "Первомайский районный суд г. Бишкек"),
    ("bishkek-leninsky", "Ленинский районный суд г. Бишкек"),
    ("bishkek-oktyabrsky", "Октябрьский районный суд г. Бишкек"),
    ("bishkek-sverdlovsky", "Свердловский районный суд г. Бишкек"),
    ("bishkek-city", "Бишкекский городской суд"),
    ("osh-city", "Ошский городской суд"),
    ("osh-regional", "Ошский областной суд"),
    ("chui-regional", "Чуйский областной суд"),
    ("chui-alamudun", "Аламудунский районный суд Чуйской области"),
    ("issyk-kul-regional", "Иссык-Кульский областной суд"),
    ("karakol-city", "Каракольский городской суд"),
    ("naryn-regional", "Нарынский областной суд"),
    ("talas-regional", "Таласский областной суд"),
    ("jalal-abad-regional", "Джалал-Абадский областной суд"),
    ("batken-regional", "Баткенский областной суд"),
    ("supreme", "Верховный суд Кыргызской Республики"),
];

const JUDGES: &[&str] = &[
    "Асанов Б.Ж.",
    "Токтогулова А.К.",
    "Мамытов Э.С.",
    "Осмонова Г.Т.",
    "Жумабаев К.А.",
    "Исаева Н.М.",
];
const BRANDS: &[&str] = &["Samsung", "iPhone", "Xiaomi", "Honor", "Redmi", "Tecno"];
const ITEMS: &[&str] = &[
    "сотовый телефон",
    "ноутбук",
    "золотые серьги",
    "денежные средства",
    "велосипед",
    "планшет",
    "автомагнитолу",
];

/// The matter of the case: (category, kind, core paragraphs).
fn matter(r: &mut Rng) -> (CaseCategory, ActKind, Vec<String>) {
    let n = 1000 + r.below(90_000);
    let part = 1 + r.below(3);
    match r.below(10) {
        0 | 1 => (CaseCategory::Criminal, ActKind::Verdict, vec![
            format!("Подсудимый [ФИО-1], находясь по адресу [АДРЕС-1], тайно похитил {} марки «{}» стоимостью {n} сомов, принадлежащий потерпевшей [ФИО-2], причинив ей значительный ущерб.", r.pick(ITEMS), r.pick(BRANDS)),
            format!("Действия подсудимого квалифицированы по ч. {part} ст. 201 УК КР как кража, то есть тайное хищение чужого имущества."),
        ]),
        2 => (CaseCategory::Criminal, ActKind::Verdict, vec![
            format!("Подсудимый [ФИО-1] путем обмана и злоупотребления доверием завладел денежными средствами потерпевшего [ФИО-2] в сумме {n} сомов."),
            format!("Содеянное квалифицировано по части {part} статьи 209 УК КР как мошенничество."),
        ]),
        3 => (CaseCategory::Criminal, ActKind::Verdict, vec![
            format!("Подсудимый [ФИО-1] открыто похитил у [ФИО-2] {} стоимостью {n} сомов; действия квалифицированы как грабеж по статье 202 УК КР.", r.pick(ITEMS)),
            "Подсудимый [ФИО-1] незаконно хранил без цели сбыта наркотические средства в крупном размере, что предусмотрено статьей 283 УК КР.".to_string(),
        ]),
        4 => (CaseCategory::Criminal, ActKind::Resolution, vec![
            "Водитель [ФИО-1], управляя автомобилем, нарушил правила дорожного движения, что повлекло дорожно-транспортное происшествие и причинение тяжкого вреда здоровью [ФИО-2].".to_string(),
            "Уголовное дело прекращено в связи с примирением сторон и возмещением причиненного вреда.".to_string(),
        ]),
        5 | 6 => (CaseCategory::Civil, ActKind::Decision, vec![
            format!("Истец [ФИО-1] обратился в суд с иском к [ФИО-2] о расторжении брака и взыскании алиментов на содержание несовершеннолетних детей в размере одной {} части заработка.", r.pick(&["четвертой", "третьей", "второй"])),
            "Стороны совместно не проживают, брачные отношения прекращены, примирение невозможно.".to_string(),
        ]),
        7 => (CaseCategory::Civil, ActKind::Decision, vec![
            format!("Истец [ФИО-1] просит взыскать с ответчика [ФИО-2] задолженность по договору займа в размере {n} сомов, проценты за пользование займом и неустойку."),
            "Истец также просит о возмещении морального вреда и судебных расходов.".to_string(),
        ]),
        8 => (CaseCategory::Civil, ActKind::Ruling, vec![
            "Истец [ФИО-1] просит о восстановлении на работе, взыскании заработной платы за время вынужденного прогула и компенсации морального вреда.".to_string(),
            "Органы опеки ходатайствуют о лишении родительских прав [ФИО-2] и передаче ребенка на воспитание.".to_string(),
        ]),
        _ => (if r.below(2) == 0 { CaseCategory::Administrative } else { CaseCategory::Economic }, ActKind::Decision, vec![
            format!("Заявитель оспаривает решение органа государственной налоговой службы о доначислении налога в сумме {n} сомов."),
            format!("Истец требует взыскать задолженность по договору поставки в размере {n} сомов и пеню за просрочку оплаты."),
        ]),
    }
}

const PROCEDURE: &[&str] = &[
    "Суд, выслушав стороны, исследовав материалы дела и оценив доказательства в их совокупности, приходит к следующему.",
    "В судебном заседании [ФИО-1] вину признал полностью, в содеянном раскаялся и просил суд строго не наказывать.",
    "Свидетель [ФИО-{w}] показал, что видел произошедшее, и подтвердил свои показания, данные в ходе предварительного следствия.",
    "Согласно заключению эксперта № {n} от {d} стоимость имущества с учетом износа составила {n} сомов.",
    "Государственный обвинитель просил признать подсудимого виновным и назначить наказание в виде лишения свободы.",
    "Защитник просил учесть смягчающие обстоятельства: наличие на иждивении малолетних детей и положительные характеристики.",
    "Обстоятельств, отягчающих ответственность, судом не установлено.",
    "Представитель ответчика иск не признал, пояснив, что требования истца не основаны на законе и не подтверждены доказательствами.",
    "Протоколом осмотра места происшествия от {d} зафиксирована обстановка на месте совершения деяния.",
    "Из протокола допроса потерпевшего [ФИО-2] следует, что ущерб до настоящего времени не возмещен.",
    "Суд находит доказательства допустимыми, относимыми и достаточными для разрешения дела по существу.",
    "В соответствии со статьей {k} Гражданского процессуального кодекса КР каждая сторона должна доказать обстоятельства, на которые ссылается.",
    "Согласно статье {k} Уголовно-процессуального кодекса КР суд оценивает доказательства по внутреннему убеждению.",
    "Документы, представленные сторонами, исследованы в судебном заседании и приобщены к материалам дела.",
    "Ответчик [ФИО-2], надлежащим образом извещенный о времени и месте судебного заседания, в суд не явился.",
    "Суд считает возможным рассмотреть дело в отсутствие неявившихся лиц.",
    "Вещественные доказательства по вступлении приговора в законную силу возвратить владельцу.",
    "Процессуальные издержки в сумме {n} сомов взыскать с осужденного в доход государства.",
    "Меру пресечения до вступления приговора в законную силу оставить прежней.",
    "При назначении наказания суд учитывает характер и степень общественной опасности совершенного деяния и личность виновного.",
    "Суд приходит к выводу, что исправление осужденного возможно без изоляции от общества, и применяет условное осуждение с испытательным сроком.",
    "Гражданский иск потерпевшего о возмещении материального ущерба в сумме {n} сомов подлежит удовлетворению.",
    "Довод представителя о пропуске срока исковой давности судом отклоняется как необоснованный.",
    "Расходы по уплате государственной пошлины в сумме {n} сомов подлежат взысканию с ответчика.",
    "Согласно справке с места жительства [ФИО-1] проживает по адресу [АДРЕС-{w}] совместно с семьей.",
    "Кассационная жалоба подлежит рассмотрению в порядке, установленном законом.",
    "Суд апелляционной инстанции проверил законность и обоснованность решения суда первой инстанции.",
    "Нарушений норм материального и процессуального права, влекущих отмену решения, не установлено.",
];

fn date(r: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(
        2020 + r.below(7) as i32,
        1 + r.below(12) as u32,
        1 + r.below(28) as u32,
    )
    .unwrap()
}

fn fill(r: &mut Rng, template: &str) -> String {
    let mut s = template.to_string();
    while let Some(at) = s.find("{n}") {
        let n = (100 + r.below(500_000)).to_string();
        s.replace_range(at..at + 3, &n);
    }
    while let Some(at) = s.find("{d}") {
        let d = date(r).format("%d.%m.%Y").to_string();
        s.replace_range(at..at + 3, &d);
    }
    s.replace("{k}", &(10 + r.below(300)).to_string())
        .replace("{w}", &(3 + r.below(6)).to_string())
}

fn synthetic_act(i: usize) -> PublicAct {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1).wrapping_mul(0x1000_0000_01B3));
    for _ in 0..4 {
        r.next();
    }
    let (category, kind, core) = matter(&mut r);
    let (code, name) = COURTS[r.below(COURTS.len())];
    let decision_date = date(&mut r);
    let mut text = format!(
        "{}\nИменем Кыргызской Республики\n{} в составе председательствующего судьи {} рассмотрел в открытом судебном заседании дело № {}.\n",
        kind.name_ru().to_uppercase(),
        name,
        JUDGES[r.below(JUDGES.len())],
        i
    );
    for p in &core {
        text.push_str(p);
        text.push('\n');
    }
    while text.len() < 8_800 {
        let mut paragraph = String::new();
        for _ in 0..3 {
            let template = r_pick(&mut r);
            paragraph.push_str(&fill(&mut r, template));
            paragraph.push(' ');
        }
        text.push_str(paragraph.trim_end());
        text.push('\n');
    }
    text.push_str(
        "Приговор (решение) может быть обжалован в апелляционном порядке в течение 30 суток.\n",
    );
    PublicAct {
        meta: ActMeta {
            act_id: ActId(format!("bench-{i:06}")),
            revision: 1,
            court: Court {
                code: code.into(),
                name: name.into(),
            },
            case_number: format!(
                "{}-{i}/{}",
                if category == CaseCategory::Criminal {
                    "УД"
                } else {
                    "ГД"
                },
                decision_date.format("%y")
            ),
            kind,
            case_category: category,
            instance: [
                Instance::First,
                Instance::First,
                Instance::Appeal,
                Instance::Cassation,
            ][r.below(4)],
            decision_date,
            judges: vec![JUDGES[r.below(JUDGES.len())].to_string()],
            language: Language::Ru,
        },
        masked_text: text,
    }
}

fn r_pick(r: &mut Rng) -> &'static str {
    PROCEDURE[r.below(PROCEDURE.len())]
}

// ---------------------------------------------------------------- queries

struct Query {
    q: &'static str,
    court: Option<&'static str>,
    from: Option<&'static str>,
    to: Option<&'static str>,
}

const fn q(q: &'static str) -> Query {
    Query {
        q,
        court: None,
        from: None,
        to: None,
    }
}

const MIX: &[Query] = &[
    q("кража сотового телефона"),
    q("расторжение брака алименты"),
    q("ст. 201 УК КР"),
    Query {
        q: "мошенничество",
        court: Some("bishkek-pervomaisky"),
        from: None,
        to: None,
    },
    Query {
        q: "дорожно-транспортное происшествие",
        court: None,
        from: Some("2025-01-01"),
        to: Some("2025-12-31"),
    },
    q("взыскание задолженности по договору займа"),
    q("\"условное осуждение\""),
    q("восстановление на работе"),
    Query {
        q: "наркотические средства",
        court: Some("osh-city"),
        from: None,
        to: None,
    },
    Query {
        q: "грабеж",
        court: None,
        from: Some("2023-01-01"),
        to: Some("2024-06-30"),
    },
    q("лишение родительских прав"),
    Query {
        q: "возмещение морального вреда",
        court: Some("chui-regional"),
        from: Some("2022-01-01"),
        to: None,
    },
];

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn api_path(query: &Query) -> String {
    let mut p = format!("/api/v1/search?per_page=20&q={}", encode(query.q));
    if let Some(c) = query.court {
        p.push_str(&format!("&court={c}"));
    }
    if let Some(d) = query.from {
        p.push_str(&format!("&date_from={d}"));
    }
    if let Some(d) = query.to {
        p.push_str(&format!("&date_to={d}"));
    }
    p
}

// ---------------------------------------------------------------- load

struct Stats {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Stats {
    fn report(&mut self, label: &str) {
        self.latencies.sort();
        let n = self.latencies.len();
        let at = |p: f64| -> f64 {
            if n == 0 {
                return f64::NAN;
            }
            self.latencies[((n as f64 * p) as usize).min(n - 1)].as_secs_f64() * 1000.0
        };
        println!(
            "{label:<34} {:>8.1} q/s  p50 {:>8.2} ms  p90 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms  ({n} queries, {} errors)",
            n as f64 / self.elapsed.as_secs_f64(),
            at(0.50),
            at(0.90),
            at(0.99),
            at(1.0),
            self.errors
        );
    }
}

fn drive<C, F>(clients: usize, seconds: u64, connect: C, run: F) -> Stats
where
    C: Fn() -> Box<dyn FnMut(&Query) -> bool + Send> + Sync,
    F: Fn(usize) -> usize + Sync,
{
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let results: Vec<(Vec<Duration>, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..clients)
            .map(|c| {
                let mut client = connect();
                let run = &run;
                scope.spawn(move || {
                    let mut lat = Vec::new();
                    let mut errors = 0;
                    let mut i = run(c);
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        if client(&MIX[i % MIX.len()]) {
                            lat.push(t.elapsed());
                        } else {
                            errors += 1;
                        }
                        i += 1;
                    }
                    (lat, errors)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let elapsed = started.elapsed();
    let mut stats = Stats {
        latencies: Vec::new(),
        errors: 0,
        elapsed,
    };
    for (l, e) in results {
        stats.latencies.extend(l);
        stats.errors += e;
    }
    stats
}

/// A keep-alive HTTP/1.1 GET client; true when the reply is 200 with a full body.
fn http_client(addr: std::net::SocketAddr) -> Box<dyn FnMut(&Query) -> bool + Send> {
    let stream = TcpStream::connect(addr).expect("connect to the site");
    stream.set_nodelay(true).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    Box::new(move |query| {
        let request = format!("GET {} HTTP/1.1\r\nHost: bench\r\n\r\n", api_path(query));
        if writer.write_all(request.as_bytes()).is_err() {
            return false;
        }
        let mut status = String::new();
        if reader.read_line(&mut status).is_err() {
            return false;
        }
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() || line.is_empty() {
                return false;
            }
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).is_ok() && status.contains(" 200 ") && length > 0
    })
}

const PG_SQL: &str = "SELECT id, ts_headline('russian', body, q, 'MaxFragments=1, MinWords=15, MaxWords=35') AS snippet, ts_rank_cd(tsv, q) AS rank \
    FROM acts, websearch_to_tsquery('russian', $1) q \
    WHERE tsv @@ q AND ($2::text IS NULL OR court_code = $2) \
      AND ($3::text IS NULL OR decision_date >= $3::text::date) AND ($4::text IS NULL OR decision_date <= $4::text::date) \
    ORDER BY rank DESC LIMIT 20";

fn pg_client(url: &str) -> Box<dyn FnMut(&Query) -> bool + Send> {
    let mut client =
        postgres::Client::connect(url, postgres::NoTls).expect("connect to PostgreSQL");
    let statement = client.prepare(PG_SQL).expect("prepare");
    Box::new(move |query| {
        client
            .query(
                &statement,
                &[&query.q, &query.court, &query.from, &query.to],
            )
            .is_ok()
    })
}

// ---------------------------------------------------------------- setup

fn build_index(args: &Args) -> ActIndex {
    let dir = args.dir.join("index");
    let index = ActIndex::open_or_create(&dir).expect("open index");
    let have = index.reader().expect("reader").count() as usize;
    if have == args.acts {
        println!("index: reusing {have} acts in {}", dir.display());
        return index;
    }
    let started = Instant::now();
    let mut writer = index.writer().expect("writer");
    writer.delete_all().unwrap();
    let mut bytes = 0usize;
    for i in 0..args.acts {
        let act = synthetic_act(i);
        bytes += act.masked_text.len();
        writer.upsert(&act).unwrap();
        if (i + 1) % 20_000 == 0 {
            writer.commit().unwrap();
        }
    }
    writer.commit().unwrap();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "index: {} acts, {:.0} MB of text (avg {:.1} KB/act) indexed in {secs:.1} s ({:.0} acts/s)",
        args.acts,
        bytes as f64 / 1e6,
        bytes as f64 / args.acts as f64 / 1024.0,
        args.acts as f64 / secs
    );
    index
}

fn build_pg(args: &Args) {
    let (admin_url, db) = args
        .pg
        .rsplit_once('/')
        .expect("--pg URL ends with /DBNAME");
    let mut admin = postgres::Client::connect(&format!("{admin_url}/postgres"), postgres::NoTls)
        .expect("connect to PostgreSQL");
    let exists = admin
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&db])
        .unwrap()
        .is_some();
    if !exists {
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .unwrap();
    }
    let mut c = postgres::Client::connect(&args.pg, postgres::NoTls).unwrap();
    c.batch_execute(
        "CREATE TABLE IF NOT EXISTS acts (id text PRIMARY KEY, court_code text NOT NULL, decision_date date NOT NULL, body text NOT NULL, \
         tsv tsvector GENERATED ALWAYS AS (to_tsvector('russian', body)) STORED)",
    )
    .unwrap();
    let have: i64 = c
        .query_one("SELECT count(*) FROM acts", &[])
        .unwrap()
        .get(0);
    if have as usize == args.acts {
        println!("postgres: reusing {have} acts");
        return;
    }
    let started = Instant::now();
    c.batch_execute("DROP INDEX IF EXISTS acts_tsv; TRUNCATE acts")
        .unwrap();
    let mut copy = c
        .copy_in("COPY acts (id, court_code, decision_date, body) FROM STDIN (FORMAT csv)")
        .unwrap();
    for i in 0..args.acts {
        let a = synthetic_act(i);
        let row = format!(
            "{},{},{},\"{}\"\n",
            a.meta.act_id.0,
            a.meta.court.code,
            a.meta.decision_date,
            a.masked_text.replace('"', "\"\"")
        );
        copy.write_all(row.as_bytes()).unwrap();
    }
    copy.finish().unwrap();
    let loaded = started.elapsed().as_secs_f64();
    c.batch_execute(
        "SET maintenance_work_mem = '1GB'; CREATE INDEX acts_tsv ON acts USING GIN (tsv); \
         CREATE INDEX IF NOT EXISTS acts_court ON acts (court_code); CREATE INDEX IF NOT EXISTS acts_date ON acts (decision_date); ANALYZE acts",
    )
    .unwrap();
    println!(
        "postgres: {} acts loaded (with to_tsvector) in {loaded:.1} s, GIN index built in {:.1} s",
        args.acts,
        started.elapsed().as_secs_f64() - loaded
    );
}

fn main() {
    let args = args();
    println!(
        "machine: {} cores; corpus {} acts; {} s per run; query mix of {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        args.acts,
        args.seconds,
        MIX.len()
    );
    let index = build_index(&args);
    let reader = index.reader().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let router = courtpub_web::public_router(reader, &format!("http://{addr}"));
    runtime.spawn(async move { axum::serve(listener, router).await });

    // Warm the page cache and check every query answers.
    for query in MIX {
        assert!(http_client(addr)(query), "query {:?} failed", query.q);
    }
    let offset = |c: usize| c * 5;
    drive(args.clients, 3, || http_client(addr), offset);
    drive(1, args.seconds, || http_client(addr), offset).report("tantivy /api/v1/search, 1 client");
    drive(args.clients, args.seconds, || http_client(addr), offset)
        .report(&format!("tantivy /api/v1/search, {} clients", args.clients));

    if args.skip_pg {
        return;
    }
    build_pg(&args);
    let pg = args.pg.clone();
    for query in MIX {
        assert!(
            pg_client(&pg)(query),
            "query {:?} failed in PostgreSQL",
            query.q
        );
    }
    drive(1, args.seconds, || pg_client(&pg), offset)
        .report("postgres FTS + ts_headline, 1 client");
    drive(args.clients, args.seconds, || pg_client(&pg), offset).report(&format!(
        "postgres FTS + ts_headline, {} clients",
        args.clients
    ));
}
