// The peer side of the benchmark: loads the synthetic graph's CSV files into
// Kùzu with COPY FROM, then times the same queries over the same anchors as
// kzbench_query, in one session, and prints one JSON object (same shape).
//
//   node kuzu_bench.js --csv DIR --db DIR --anchors FILE --queries FILE [--repeat N]
//   node kuzu_bench.js --db DIR --one QUERY     (one query in a fresh process)
//
// `require('kuzu')` resolves from tools/bench/.kuzu (NODE_PATH set by run).
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

const RELATION_TYPES = ['accuses', 'criticizes', 'requests_aid', 'sends_troops', 'warns', 'supports',
  'meets', 'leads', 'official_of', 'member_of'];

function parseArgs(argv) {
  const args = { repeat: 5 };
  for (let i = 2; i + 1 < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

async function run(conn, text) {
  let result = await conn.query(text);
  if (Array.isArray(result)) result = result[result.length - 1];
  const rows = await result.getAll();
  result.close();
  return rows;
}

async function load(conn, csvDir) {
  await run(conn, 'CREATE NODE TABLE Actor(id STRING, kind STRING, name STRING, PRIMARY KEY(id))');
  for (const t of RELATION_TYPES) {
    await run(conn, `CREATE REL TABLE ${t}(FROM Actor TO Actor, weight INT64, first_seen STRING, last_seen STRING)`);
  }
  const start = nowMs();
  await run(conn, `COPY Actor FROM '${path.join(csvDir, 'nodes.csv')}' (HEADER=true)`);
  for (const t of RELATION_TYPES) {
    await run(conn, `COPY ${t} FROM '${path.join(csvDir, t + '.csv')}' (HEADER=true)`);
  }
  return (nowMs() - start) / 1000;
}

function readAnchors(file) {
  const nodes = [];
  const pairs = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'node') nodes.push(f[1]);
    if (f[0] === 'pair') pairs.push([f[1], f[2]]);
  }
  return { nodes, pairs };
}

function readQueries(file) {
  return fs.readFileSync(file, 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name, anchor, ...rest] = l.split('\t');
      return { name, anchor, text: rest.join('\t') };
    });
}

function firstCell(rows) {
  if (rows.length === 0) return '';
  const v = Object.values(rows[0])[0];
  return v === null || v === undefined ? '' : String(v);
}

async function bench(conn, queries, anchors, repeat) {
  const out = {};
  for (const q of queries) {
    let params;
    if (q.anchor === 'node') params = anchors.nodes.map((a) => ({ a }));
    else if (q.anchor === 'pair') params = anchors.pairs.map(([a, b]) => ({ a, b }));
    else params = Array.from({ length: repeat }, () => ({}));
    const entry = { n: params.length, error: '', counts: [], firsts: [] };
    try {
      const statement = conn.prepareSync(q.text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      // The synchronous calls: the async getAll() costs ~15 us a row in
      // promise overhead, which would charge node.js to Kùzu.
      const once = (p) => {
        let result = conn.executeSync(statement, p);
        if (Array.isArray(result)) result = result[result.length - 1];
        const rows = result.getAllSync();
        result.close();
        return rows;
      };
      for (const p of params.slice(0, 10)) once(p);  // warm-up
      const ms = [];
      for (const p of params) {
        const start = nowMs();
        const rows = once(p);
        ms.push(nowMs() - start);
        entry.counts.push(rows.length);
        entry.firsts.push(firstCell(rows));
      }
      entry.p50_ms = percentile(ms, 0.5);
      entry.p95_ms = percentile(ms, 0.95);
      entry.max_ms = percentile(ms, 1.0);
    } catch (e) {
      entry.error = String(e.message || e);
    }
    out[q.name] = entry;
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv);
  if (args.one) {
    const db = new kuzu.Database(args.db, 0, true, true);
    const conn = new kuzu.Connection(db);
    const rows = await run(conn, args.one);
    process.stdout.write(`${rows.length}\n`);
    return;
  }
  fs.rmSync(args.db, { recursive: true, force: true });
  const db = new kuzu.Database(args.db);
  const conn = new kuzu.Connection(db);
  const loadS = await load(conn, args.csv);
  // openCypher's relationship uniqueness for variable-length patterns.
  await run(conn, "CALL recursive_pattern_semantic='TRAIL'");
  const queries = await bench(conn, readQueries(args.queries), readAnchors(args.anchors),
    Number(args.repeat));
  process.stdout.write(JSON.stringify({ version: kuzu.VERSION, load_s: loadS, queries }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`kuzu_bench.js: ${e.stack || e}\n`);
  process.exit(1);
});
