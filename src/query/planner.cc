#include "query/planner.h"

#include <algorithm>
#include <functional>
#include <set>

#include "query/functions.h"
#include "query/lexer.h"

namespace kzgraph::query {
namespace {

void SplitAnd(const Expr* e, std::vector<const Expr*>* out) {
  if (e == nullptr) return;
  if (e->kind == Expr::Kind::kBinary && e->op == Op::kAnd) {
    SplitAnd(e->args[0].get(), out);
    SplitAnd(e->args[1].get(), out);
  } else {
    out->push_back(e);
  }
}

// Slots an expression reads (comprehension variables excluded).
void UsedSlots(const Expr& e, std::set<int>* used, std::set<int>* local) {
  if (e.kind == Expr::Kind::kVariable) used->insert(e.slot);
  if (e.kind == Expr::Kind::kListComp) local->insert(e.slot);
  for (const ExprPtr& a : e.args) {
    if (a) UsedSlots(*a, used, local);
  }
}

std::set<int> SlotsOf(const Expr& e) {
  std::set<int> used, local;
  UsedSlots(e, &used, &local);
  for (int s : local) used.erase(s);
  return used;
}

bool AllBound(const std::set<int>& slots, const std::set<int>& bound) {
  return std::all_of(slots.begin(), slots.end(), [&](int s) { return bound.count(s) > 0; });
}

bool IsAggregateCall(const Expr& e) {
  return e.kind == Expr::Kind::kCountStar ||
         (e.kind == Expr::Kind::kCall && IsAggregateFunction(e.name));
}

// Whether `parent`, applied to a relationship variable, reads only the
// relationship's identity (type and ends), which its adjacency key holds.
bool ReadsIdentityOnly(const Expr* parent) {
  if (parent == nullptr) return false;
  if (parent->kind == Expr::Kind::kCall && parent->args.size() == 1) {
    const std::string& f = parent->name;  // lower case (parser)
    return f == "type" || f == "startnode" || f == "endnode" || f == "id";
  }
  if (parent->kind == Expr::Kind::kProperty) {
    return parent->name == "type" || parent->name == "source" || parent->name == "target";
  }
  return false;
}

// Slots of the variables `e` reads for more than a relationship's identity
// (any other use of the variable: returned, passed on, a property).
void ValueReads(const Expr& e, const Expr* parent, std::set<int>* out) {
  if (e.kind == Expr::Kind::kVariable && !ReadsIdentityOnly(parent)) out->insert(e.slot);
  for (const ExprPtr& a : e.args) {
    if (a) ValueReads(*a, &e, out);
  }
}

std::set<int> ValueReadsOf(const Query& q) {
  std::set<int> out;
  auto add = [&out](const ExprPtr& e) {
    if (e) ValueReads(*e, nullptr, &out);
  };
  for (const Clause& c : q.clauses) {
    add(c.where);
    add(c.unwind);
    for (const ExprPtr& a : c.arguments) add(a);
    for (const PathPattern& p : c.patterns) {
      for (const NodePattern& n : p.nodes) {
        for (const auto& [k, e] : n.props) add(e);
      }
      for (const RelPattern& r : p.rels) {
        for (const auto& [k, e] : r.props) add(e);
      }
    }
    const Projection& proj = c.projection;
    for (const ReturnItem& item : proj.items) add(item.expr);
    for (const SortItem& o : proj.order) add(o.expr);
    add(proj.skip);
    add(proj.limit);
    add(proj.where);
  }
  return out;
}

class Planner {
 public:
  Planner(Query& q, std::string_view text, const PlanOptions& options, Plan* plan)
      : q_(q), text_(text), options_(options), plan_(plan) {}

  Status Run() {
    chain_ = &plan_->ops;
    value_reads_ = ValueReadsOf(q_);
    for (size_t i = 0; i < q_.clauses.size(); ++i) {
      Clause& c = q_.clauses[i];
      bool last = i + 1 == q_.clauses.size();
      Status s;
      switch (c.kind) {
        case Clause::Kind::kMatch:
          s = PlanMatch(c);
          break;
        case Clause::Kind::kUnwind:
          Add(std::make_unique<UnwindOp>(c.unwind.get(), c.alias_slot, c.alias));
          bound_.insert(c.alias_slot);
          break;
        case Clause::Kind::kCall: {
          std::vector<const Expr*> args;
          for (const ExprPtr& a : c.arguments) args.push_back(a.get());
          std::vector<std::string> columns;
          for (const auto& [col, var] : c.yields) columns.push_back(col);
          Add(std::make_unique<CallOp>(c.procedure, args, columns, c.yield_slots));
          for (int slot : c.yield_slots) bound_.insert(slot);
          if (last) {
            std::vector<std::string> names;
            for (const auto& [col, var] : c.yields) names.push_back(var);
            AddSink(c.yield_slots, names, c.yield_slots);
          }
          break;
        }
        case Clause::Kind::kWith:
        case Clause::Kind::kReturn:
          s = PlanProjection(c, c.kind == Clause::Kind::kReturn);
          break;
        case Clause::Kind::kCreate:
          s = Status::InvalidArgument("CREATE is not supported: queries only read the graph");
          break;
      }
      if (!s.ok()) return s;
    }
    plan_->row_size = static_cast<size_t>(q_.slot_count);
    for (size_t i = 0; i + 1 < plan_->ops.size(); ++i)
      plan_->ops[i]->next_ = plan_->ops[i + 1].get();
    return Status::OK();
  }

 private:
  std::string VarName(int slot) const {
    const std::string& n = q_.slot_names[slot];
    return n.rfind("  ", 0) == 0 ? "" : n;
  }

  void Add(std::unique_ptr<Operator> op) { chain_->push_back(std::move(op)); }

  void AddSink(const std::vector<int>& slots, const std::vector<std::string>& names,
               const std::vector<int>& provenance_from, int provenance_slot = -1) {
    auto sink =
        std::make_unique<ResultSink>(slots, options_.max_rows, provenance_slot, provenance_from);
    sink->collect_provenance = options_.collect_provenance;
    plan_->sink = sink.get();
    plan_->columns = names;
    Add(std::move(sink));
  }

  // ---- MATCH ----

  struct Pending {
    const Expr* expr;
    std::set<int> slots;
  };

  void PlaceReadyFilters() {
    for (auto it = pending_.begin(); it != pending_.end();) {
      if (AllBound(it->slots, bound_)) {
        Add(std::make_unique<FilterOp>(it->expr, Text(*it->expr)));
        it = pending_.erase(it);
      } else {
        ++it;
      }
    }
  }

  std::string Text(const Expr& e) const {
    if (e.end > e.begin && e.end <= text_.size())
      return std::string(text_.substr(e.begin, e.end - e.begin));
    return Print(e);
  }

  static PatternCheck CheckOf(const NodePattern& n) {
    PatternCheck c;
    c.labels = n.labels;
    for (const auto& [k, e] : n.props) c.props.emplace_back(k, e.get());
    return c;
  }
  static PatternCheck CheckOf(const RelPattern& r) {
    PatternCheck c;
    for (const auto& [k, e] : r.props) c.props.emplace_back(k, e.get());
    return c;
  }

  // The best seek for node pattern `n`: by id (1), by name (2); 0 if none.
  // When the seek comes from a WHERE conjunct on the id, *conjunct is set:
  // the seek then decides that conjunct exactly.
  int SeekFor(const NodePattern& n, NodeSeekOp::By* by, const Expr** key,
              const Expr** conjunct = nullptr) const {
    int best = 0;
    const Expr* source = nullptr;
    auto consider = [&](const std::string& prop, const Expr* value) {
      int score = prop == "id" ? 1 : (prop == "name" ? 2 : 0);
      if (score == 0 || !AllBound(SlotsOf(*value), bound_)) return false;
      if (best == 0 || score < best) {
        best = score;
        *by = score == 1 ? NodeSeekOp::By::kId : NodeSeekOp::By::kName;
        *key = value;
        return true;
      }
      return false;
    };
    for (const auto& [k, e] : n.props) {
      if (consider(k, e.get())) source = nullptr;
    }
    for (const Pending& p : pending_) {
      const Expr& e = *p.expr;
      if (e.kind != Expr::Kind::kBinary || (e.op != Op::kEq && e.op != Op::kIn)) continue;
      for (int side = 0; side < 2; ++side) {
        const Expr& prop = *e.args[side];
        const Expr& value = *e.args[1 - side];
        if (side == 1 && e.op == Op::kIn) break;  // 'x' IN n.aliases is no seek
        if (prop.kind == Expr::Kind::kProperty && prop.args[0]->kind == Expr::Kind::kVariable &&
            prop.args[0]->slot == n.slot) {
          if (consider(prop.name, &value)) source = p.expr;
        }
      }
    }
    if (conjunct != nullptr) *conjunct = best == 1 ? source : nullptr;
    return best;
  }

  void StartAtNode(const NodePattern& n) {
    const std::string var = VarName(n.slot);
    if (bound_.count(n.slot)) {
      PatternCheck check = CheckOf(n);
      if (!check.empty()) Add(std::make_unique<NodeCheckOp>(n.slot, check, var));
    } else {
      NodeSeekOp::By by;
      const Expr* key = nullptr;
      const Expr* decided = nullptr;
      if (SeekFor(n, &by, &key, &decided) > 0) {
        Add(std::make_unique<NodeSeekOp>(n.slot, by, key, CheckOf(n), var));
        pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                      [&](const Pending& p) { return p.expr == decided; }),
                       pending_.end());
      } else {
        Add(std::make_unique<NodeScanOp>(n.slot, CheckOf(n), var));
      }
      bound_.insert(n.slot);
    }
    PlaceReadyFilters();
  }

  std::string StepText(const NodePattern& from, const RelPattern& r, const NodePattern& to,
                       Direction dir) const {
    std::string rel = VarName(r.slot);
    for (size_t i = 0; i < r.types.size(); ++i) rel += (i ? "|" : ":") + r.types[i];
    if (r.var_length) {
      rel += "*" + std::to_string(r.min_hops) + "..";
      if (r.max_hops >= 0) rel += std::to_string(r.max_hops);
    }
    std::string s = "(" + VarName(from.slot) + ")";
    s += dir == Direction::kIn ? "<-[" : "-[";
    s += rel;
    s += dir == Direction::kOut ? "]->" : "]-";
    return s + "(" + VarName(to.slot) + ")";
  }

  // Whether nothing reads relationship `r`'s values (weight, dates,
  // properties): no property map, no named path or provenance holding it,
  // and every mention of its variable reads only its type or ends.
  bool IdsSuffice(const RelPattern& r, const PathPattern& p) const {
    return r.props.empty() && p.path_slot < 0 && !options_.collect_provenance &&
           !value_reads_.count(r.slot);
  }

  static Direction Reverse(Direction d) {
    return d == Direction::kOut ? Direction::kIn : (d == Direction::kIn ? Direction::kOut : d);
  }

  void Step(const PathPattern& p, size_t j, bool left_to_right) {
    const RelPattern& r = p.rels[j];
    const NodePattern& from = left_to_right ? p.nodes[j] : p.nodes[j + 1];
    const NodePattern& to = left_to_right ? p.nodes[j + 1] : p.nodes[j];
    StepSpec spec;
    spec.types = r.types;
    spec.dir = left_to_right ? r.dir : Reverse(r.dir);
    spec.rel_check = CheckOf(r);
    spec.unique_against = rel_slots_;
    spec.ids_only = IdsSuffice(r, p);
    bool to_bound = bound_.count(to.slot) > 0;
    std::string text = StepText(from, r, to, spec.dir);
    if (r.var_length) {
      Add(std::make_unique<VarExpandOp>(from.slot, r.slot, to.slot, to_bound, spec, r.min_hops,
                                        r.max_hops, !left_to_right, CheckOf(to), text));
    } else {
      Add(std::make_unique<ExpandOp>(from.slot, r.slot, to.slot, to_bound, spec, CheckOf(to),
                                     text));
    }
    rel_slots_.push_back(r.slot);
    bound_.insert(r.slot);
    bound_.insert(to.slot);
    PlaceReadyFilters();
  }

  void PlanChain(const PathPattern& p) {
    const size_t n = p.nodes.size();
    int best_score = 99;
    size_t best = 0;
    for (size_t i = 0; i < n; ++i) {
      int score;
      NodeSeekOp::By by;
      const Expr* key = nullptr;
      if (bound_.count(p.nodes[i].slot)) {
        score = 0;
      } else if (int seek = SeekFor(p.nodes[i], &by, &key); seek > 0) {
        score = seek;
      } else {
        score = p.nodes[i].labels.empty() ? 5 : 4;
      }
      if (score < best_score) {
        best_score = score;
        best = i;
      }
    }
    // Unanchored: scan the edges of one relationship rather than every node.
    int scan_rel = -1;
    if (best_score >= 4) {
      for (size_t j = 0; j < p.rels.size(); ++j) {
        if (p.rels[j].var_length) continue;
        if (scan_rel < 0 || (!p.rels[j].types.empty() && p.rels[scan_rel].types.empty())) {
          scan_rel = static_cast<int>(j);
        }
      }
      if (scan_rel >= 0 && p.rels[scan_rel].types.empty() && best_score == 4) scan_rel = -1;
    }
    if (scan_rel >= 0) {
      const size_t j = static_cast<size_t>(scan_rel);
      const RelPattern& r = p.rels[j];
      StepSpec spec;
      spec.types = r.types;
      spec.dir = r.dir;
      spec.rel_check = CheckOf(r);
      spec.unique_against = rel_slots_;
      spec.ids_only = IdsSuffice(r, p);
      // An anonymous relationship that no other step of this MATCH checks
      // against, outside any named path, is never read: leave it unbound.
      const bool bind_rel = !VarName(r.slot).empty() || match_rels_ > 1 || p.path_slot >= 0 ||
                            options_.collect_provenance;
      Add(std::make_unique<EdgeScanOp>(p.nodes[j].slot, r.slot, p.nodes[j + 1].slot, spec,
                                       CheckOf(p.nodes[j]), CheckOf(p.nodes[j + 1]),
                                       StepText(p.nodes[j], r, p.nodes[j + 1], r.dir), bind_rel));
      rel_slots_.push_back(r.slot);
      bound_.insert({p.nodes[j].slot, r.slot, p.nodes[j + 1].slot});
      PlaceReadyFilters();
      for (size_t k = j + 1; k + 1 < n; ++k) Step(p, k, true);
      for (size_t k = j; k-- > 0;) Step(p, k, false);
    } else {
      StartAtNode(p.nodes[best]);
      for (size_t k = best; k + 1 < n; ++k) Step(p, k, true);
      for (size_t k = best; k-- > 0;) Step(p, k, false);
    }
    if (p.path_slot >= 0) {
      std::vector<int> nodes, rels;
      for (const NodePattern& node : p.nodes) nodes.push_back(node.slot);
      for (const RelPattern& r : p.rels) rels.push_back(r.slot);
      Add(std::make_unique<BuildPathOp>(p.path_slot, nodes, rels, p.path_var));
      bound_.insert(p.path_slot);
      PlaceReadyFilters();
    }
  }

  void PlanShortest(const PathPattern& p) {
    // Bind both ends (anchored ends are seeks), then search between them.
    std::vector<size_t> order = {0, 1};
    NodeSeekOp::By by;
    const Expr* key = nullptr;
    if (!bound_.count(p.nodes[0].slot) && SeekFor(p.nodes[0], &by, &key) == 0) order = {1, 0};
    for (size_t i : order) StartAtNode(p.nodes[i]);
    const RelPattern& r = p.rels[0];
    StepSpec spec;
    spec.types = r.types;
    spec.dir = r.dir;
    std::string text = StepText(p.nodes[0], r, p.nodes[1], r.dir);
    Add(std::make_unique<ShortestPathOp>(p.nodes[0].slot, p.nodes[1].slot, p.path_slot, r.slot,
                                         p.kind == PathPattern::Kind::kAllShortest, spec,
                                         r.min_hops, r.max_hops, text));
    bound_.insert({p.path_slot, r.slot});
    rel_slots_.push_back(r.slot);
    PlaceReadyFilters();
  }

  Status PlanMatch(Clause& c) {
    std::vector<std::unique_ptr<Operator>> optional_chain;
    std::vector<std::unique_ptr<Operator>>* outer = chain_;
    if (c.optional) chain_ = &optional_chain;
    pending_.clear();
    rel_slots_.clear();
    std::vector<const Expr*> conjuncts;
    SplitAnd(c.where.get(), &conjuncts);
    for (const Expr* e : conjuncts) pending_.push_back({e, SlotsOf(*e)});
    // Filters on variables bound before this MATCH run first.
    PlaceReadyFilters();
    std::vector<const PathPattern*> todo;
    match_rels_ = 0;
    for (const PathPattern& p : c.patterns) {
      todo.push_back(&p);
      match_rels_ += p.rels.size();
    }
    while (!todo.empty()) {
      // Prefer a pattern connected to what is bound already.
      size_t pick = 0;
      for (size_t i = 0; i < todo.size(); ++i) {
        bool connected =
            std::any_of(todo[i]->nodes.begin(), todo[i]->nodes.end(),
                        [&](const NodePattern& n) { return bound_.count(n.slot) > 0; });
        if (connected) {
          pick = i;
          break;
        }
      }
      const PathPattern& p = *todo[pick];
      todo.erase(todo.begin() + static_cast<long>(pick));
      if (p.kind == PathPattern::Kind::kPlain) {
        PlanChain(p);
      } else {
        PlanShortest(p);
      }
    }
    for (const Pending& p : pending_) Add(std::make_unique<FilterOp>(p.expr, Text(*p.expr)));
    pending_.clear();
    if (c.optional) {
      chain_ = outer;
      Add(std::make_unique<OptionalOp>(std::move(optional_chain), c.new_slots));
    }
    return Status::OK();
  }

  // ---- WITH / RETURN ----

  // Moves each aggregate call out of `e` into `calls`, leaving kAggRef.
  void ExtractAggregates(ExprPtr& e, std::vector<AggregateCall>* calls) {
    if (!e) return;
    if (IsAggregateCall(*e)) {
      AggregateCall call;
      call.function = e->kind == Expr::Kind::kCountStar ? "count" : e->name;
      call.distinct = e->distinct;
      if (e->kind == Expr::Kind::kCall) {
        plan_->owned.push_back(std::move(e->args[0]));
        call.arg = plan_->owned.back().get();
      }
      auto ref = std::make_unique<Expr>();
      ref->kind = Expr::Kind::kAggRef;
      ref->slot = static_cast<int>(calls->size());
      ref->begin = e->begin;
      ref->end = e->end;
      calls->push_back(call);
      plan_->owned.push_back(std::move(e));
      e = std::move(ref);
      return;
    }
    for (ExprPtr& a : e->args) ExtractAggregates(a, calls);
  }

  Status ConstantCount(const ExprPtr& e, const char* what, int64_t* out) {
    ExecContext ctx;
    ctx.text = text_;
    Row row(static_cast<size_t>(q_.slot_count));
    Value v;
    if (Status s = Eval(*e, row, ctx, &v); !s.ok()) return s;
    if (v.type() != Value::Type::kInt || v.as_int() < 0) {
      return Status::InvalidArgument(
          "SemanticError: " +
          PositionedMessage(text_, e->begin, std::string(what) + " needs a non-negative integer"));
    }
    *out = v.as_int();
    return Status::OK();
  }

  Status PlanProjection(Clause& c, bool is_return) {
    Projection& p = c.projection;
    int provenance_slot = -1;
    if (is_return && options_.collect_provenance && c.aggregates) {
      provenance_slot = q_.slot_count++;
      q_.slot_names.push_back("  provenance");
    }
    if (c.aggregates) {
      std::vector<ProjectItem> keys, outputs;
      std::vector<AggregateCall> calls;
      for (ReturnItem& item : p.items) {
        size_t before = calls.size();
        ExtractAggregates(item.expr, &calls);
        if (calls.size() == before) {
          keys.push_back({item.expr.get(), item.slot});
        } else {
          outputs.push_back({item.expr.get(), item.slot});
        }
      }
      Add(std::make_unique<AggregateOp>(keys, calls, outputs, provenance_slot, c.visible_before));
    } else {
      std::vector<ProjectItem> items;
      for (ReturnItem& item : p.items) items.push_back({item.expr.get(), item.slot});
      Add(std::make_unique<ProjectOp>(items));
    }
    std::vector<int> slots;
    for (const ReturnItem& item : p.items) slots.push_back(item.slot);
    if (p.distinct) Add(std::make_unique<DistinctOp>(slots));
    if (!p.order.empty()) {
      std::vector<SortKey> keys;
      for (const SortItem& o : p.order) keys.push_back({o.expr.get(), o.descending});
      Add(std::make_unique<SortOp>(keys));
    }
    if (p.skip) {
      int64_t n = 0;
      if (Status s = ConstantCount(p.skip, "SKIP", &n); !s.ok()) return s;
      Add(std::make_unique<SkipOp>(n));
    }
    if (p.limit) {
      int64_t n = 0;
      if (Status s = ConstantCount(p.limit, "LIMIT", &n); !s.ok()) return s;
      Add(std::make_unique<LimitOp>(n));
    }
    bound_.clear();
    for (int s : slots) bound_.insert(s);
    if (p.where) Add(std::make_unique<FilterOp>(p.where.get(), Text(*p.where)));
    if (is_return) {
      std::vector<std::string> names;
      for (const ReturnItem& item : p.items) names.push_back(item.alias);
      AddSink(slots, names, c.aggregates ? std::vector<int>{} : c.visible_before, provenance_slot);
    }
    return Status::OK();
  }

  Query& q_;
  std::string_view text_;
  PlanOptions options_;
  Plan* plan_;
  std::vector<std::unique_ptr<Operator>>* chain_ = nullptr;
  std::set<int> bound_;
  std::vector<Pending> pending_;
  std::vector<int> rel_slots_;
  std::set<int> value_reads_;  // slots read for more than identity (ValueReadsOf)
  size_t match_rels_ = 0;      // relationship patterns in the MATCH being planned
};

void DescribeOps(const std::vector<const Operator*>& ops, int depth, std::string* out) {
  for (const Operator* op : ops) {
    out->append(static_cast<size_t>(depth) * 2, ' ');
    *out += op->Describe() + "\n";
    DescribeOps(op->Children(), depth + 1, out);
  }
}

}  // namespace

std::string Plan::Describe() const {
  std::vector<const Operator*> list;
  for (const auto& op : ops) list.push_back(op.get());
  std::string out;
  DescribeOps(list, 0, &out);
  return out;
}

Status BuildPlan(Query& query, std::string_view text, const PlanOptions& options, Plan* out) {
  return Planner(query, text, options, out).Run();
}

Status ExecutePlan(Plan& plan, ExecContext& ctx) {
  if (plan.ops.empty()) return Status::OK();
  ctx.row_size = plan.row_size;
  std::function<void(Operator*)> attach = [&](Operator* op) { op->ctx_ = &ctx; };
  for (auto& op : plan.ops) attach(op.get());
  Row row(plan.row_size);
  plan.ops.front()->Push(row);
  if (!ctx.status.ok()) return ctx.status;
  plan.ops.front()->Finish();
  return ctx.status;
}

}  // namespace kzgraph::query
