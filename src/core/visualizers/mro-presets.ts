/**
 * Starting hierarchies for the MRO visualizer: a diamond, mixins, and one Python refuses. The unit
 * tests compare the model with CPython on each.
 */
export const MRO_PRESETS: readonly { id: string; title: string; source: string }[] = [
  {
    id: "diamond",
    title: "Diamond",
    source: `class A:
    def hello(self):
        return "A"

class B(A):
    def hello(self):
        return "B then " + super().hello()

class C(A):
    def hello(self):
        return "C then " + super().hello()

class D(B, C):
    pass
`,
  },
  {
    id: "mixins",
    title: "Mixins",
    source: `class Base: pass
class LoggingMixin: pass
class CacheMixin: pass
class Service(LoggingMixin, CacheMixin, Base): pass
class FastService(Service, CacheMixin): pass
`,
  },
  {
    id: "inconsistent",
    title: "Inconsistent",
    source: `class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
class Z(A, B): pass
`,
  },
];
