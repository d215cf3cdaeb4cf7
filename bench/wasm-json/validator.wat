;; The JSON validator: accepts exactly the UTF-8 texts whose decoding JSON.parse accepts (ECMA-404).
;; The caller writes the text at offset 0 of memory, a 0 byte at offset n (a sentinel no rule
;; accepts, so no loop needs a bounds check), and passes `stack`, the base of a scratch area of
;; 4 * (n + 1) bytes for the open containers' offsets. When `ends` is not -1, every value's end
;; (the offset just after it) is stored at ends + 4 * (its start offset): a reader can then step
;; over any value, a container included, in one load. Returns 1 for JSON, 0 otherwise.
;; Bytes >= 0x80 only ever appear inside strings of valid text, and ASCII bytes decode to
;; themselves, so raw (even malformed) UTF-8 gets the verdict of its decoding.
(module
  (memory (export "memory") 1)

  ;; i at a byte: the offset after any JSON whitespace (space, tab, LF, CR) from there.
  (func $ws (param $i i32) (result i32)
    (local $c i32)
    (loop $next
      (local.set $c (i32.load8_u (local.get $i)))
      (if (i32.le_u (local.get $c) (i32.const 32))
        (then
          (if (i32.wrap_i64 (i64.and (i64.shr_u (i64.const 0x100002600) (i64.extend_i32_u (local.get $c))) (i64.const 1)))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $next))))))
    (local.get $i))

  (func $hex (param $c i32) (result i32)
    (i32.or
      (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
      (i32.lt_u (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)) (i32.const 6))))

  ;; i at the opening quote: the offset after the closing one, or -1. 16 bytes per step: quote,
  ;; backslash and control bytes (below 0x20, the sentinel included) are found by one bitmask.
  (func $string (param $i i32) (result i32)
    (local $m i32) (local $c i32) (local $v v128)
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (loop $scan
      (local.set $v (v128.load (local.get $i)))
      (local.set $m (i8x16.bitmask (v128.or
        (v128.or (i8x16.eq (local.get $v) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34))
                 (i8x16.eq (local.get $v) (v128.const i8x16 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92)))
        (i8x16.lt_u (local.get $v) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))))
      (if (i32.eqz (local.get $m))
        (then
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $scan)))
      (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $m))))
      (local.set $c (i32.load8_u (local.get $i)))
      (if (i32.eq (local.get $c) (i32.const 34))
        (then (return (i32.add (local.get $i) (i32.const 1)))))
      (if (i32.ne (local.get $c) (i32.const 92))
        (then (return (i32.const -1))))
      ;; An escape: \" \\ \/ \b \f \n \r \t or \u and four hex digits.
      (local.set $c (i32.load8_u offset=1 (local.get $i)))
      (if (i32.eq (local.get $c) (i32.const 117))
        (then
          (if (i32.and
                (i32.and (call $hex (i32.load8_u offset=2 (local.get $i))) (call $hex (i32.load8_u offset=3 (local.get $i))))
                (i32.and (call $hex (i32.load8_u offset=4 (local.get $i))) (call $hex (i32.load8_u offset=5 (local.get $i)))))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 6)))
              (br $scan)))
          (return (i32.const -1))))
      (if (i32.or
            (i32.or (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.eq (local.get $c) (i32.const 92)))
                    (i32.or (i32.eq (local.get $c) (i32.const 47)) (i32.eq (local.get $c) (i32.const 98))))
            (i32.or (i32.or (i32.eq (local.get $c) (i32.const 102)) (i32.eq (local.get $c) (i32.const 110)))
                    (i32.or (i32.eq (local.get $c) (i32.const 114)) (i32.eq (local.get $c) (i32.const 116)))))
        (then
          (local.set $i (i32.add (local.get $i) (i32.const 2)))
          (br $scan))))
    (i32.const -1))

  ;; The offset after a run of digits 0-9 from i (possibly empty).
  (func $digits (param $i i32) (result i32)
    (loop $next
      (if (i32.lt_u (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)) (i32.const 10))
        (then
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next))))
    (local.get $i))

  ;; -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? from i: the offset after it, or -1.
  (func $number (param $i i32) (result i32)
    (local $c i32) (local $j i32)
    (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 45))
      (then (local.set $i (i32.add (local.get $i) (i32.const 1)))))
    (local.set $c (i32.load8_u (local.get $i)))
    (if (i32.eq (local.get $c) (i32.const 48))
      (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
      (else
        (if (i32.ge_u (i32.sub (local.get $c) (i32.const 49)) (i32.const 9))
          (then (return (i32.const -1))))
        (local.set $i (call $digits (i32.add (local.get $i) (i32.const 1))))))
    (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 46))
      (then
        (local.set $j (call $digits (i32.add (local.get $i) (i32.const 1))))
        (if (i32.eq (local.get $j) (i32.add (local.get $i) (i32.const 1)))
          (then (return (i32.const -1))))
        (local.set $i (local.get $j))))
    (if (i32.eq (i32.or (i32.load8_u (local.get $i)) (i32.const 32)) (i32.const 101))
      (then
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $i)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (local.set $j (call $digits (local.get $i)))
        (if (i32.eq (local.get $j) (local.get $i))
          (then (return (i32.const -1))))
        (local.set $i (local.get $j))))
    (local.get $i))

  ;; true, false, null, a string or a number from i: the offset after it, or -1.
  (func $scalar (param $i i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $i)))
    (if (i32.eq (local.get $c) (i32.const 34))
      (then (return (call $string (local.get $i)))))
    (if (i32.eq (local.get $c) (i32.const 116))
      (then (return (select (i32.add (local.get $i) (i32.const 4)) (i32.const -1)
        (i32.eq (i32.load (local.get $i)) (i32.const 0x65757274))))))
    (if (i32.eq (local.get $c) (i32.const 110))
      (then (return (select (i32.add (local.get $i) (i32.const 4)) (i32.const -1)
        (i32.eq (i32.load (local.get $i)) (i32.const 0x6c6c756e))))))
    (if (i32.eq (local.get $c) (i32.const 102))
      (then (return (select (i32.add (local.get $i) (i32.const 5)) (i32.const -1)
        (i32.and (i32.eq (i32.load (local.get $i)) (i32.const 0x736c6166))
                 (i32.eq (i32.load8_u offset=4 (local.get $i)) (i32.const 101)))))))
    (call $number (local.get $i)))

  (func (export "validate") (param $n i32) (param $stack i32) (param $ends i32) (result i32)
    (local $i i32) (local $c i32) (local $sp i32) (local $start i32) (local $open i32) (local $j i32) (local $m i32)
    (local.set $sp (local.get $stack))
    (local.set $i (call $ws (i32.const 0)))
    (loop $value
      ;; Here i is at a value.
      (block $member
        (block $after
          (local.set $start (local.get $i))
          (local.set $c (i32.load8_u (local.get $i)))
          (if (i32.eq (i32.or (local.get $c) (i32.const 32)) (i32.const 123))
            (then
              ;; { or [ (91 | 32 = 123): push it; an empty one closes at once.
              (i32.store (local.get $sp) (local.get $i))
              (local.set $sp (i32.add (local.get $sp) (i32.const 4)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.eq (i32.load8_u (local.get $i)) (i32.const 32))))
              (if (i32.le_u (i32.load8_u (local.get $i)) (i32.const 32)) (then (local.set $i (call $ws (local.get $i)))))
              (if (i32.eq (i32.load8_u (local.get $i)) (i32.add (local.get $c) (i32.const 2)))
                (then
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (local.set $sp (i32.sub (local.get $sp) (i32.const 4)))
                  (br $after)))
              (br_if $member (i32.eq (local.get $c) (i32.const 123)))
              (br $value)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.lt_u (i32.sub (local.get $c) (i32.const 102)) (i32.const 15)))
            (then
              ;; a string or a literal (f..t)
              (local.set $i (call $scalar (local.get $i)))
              (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const 0))))
              (br $after)))
          ;; A number, inline: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
          (if (i32.eq (local.get $c) (i32.const 45))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $c (i32.load8_u (local.get $i)))))
          (if (i32.eq (local.get $c) (i32.const 48))
            (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
            (else
              (if (i32.ge_u (i32.sub (local.get $c) (i32.const 49)) (i32.const 9)) (then (return (i32.const 0))))
              (loop $d
                (local.set $m (i8x16.bitmask (i8x16.gt_u
                  (i8x16.sub (v128.load (local.get $i)) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
                  (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9))))
                (if (i32.eqz (local.get $m)) (then (local.set $i (i32.add (local.get $i) (i32.const 16))) (br $d)))
                (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $m)))))))
          (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 46))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $j (local.get $i))
              (loop $d
                (local.set $m (i8x16.bitmask (i8x16.gt_u
                  (i8x16.sub (v128.load (local.get $i)) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
                  (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9))))
                (if (i32.eqz (local.get $m)) (then (local.set $i (i32.add (local.get $i) (i32.const 16))) (br $d)))
                (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $m)))))
              (if (i32.eq (local.get $j) (local.get $i)) (then (return (i32.const 0))))))
          (if (i32.eq (i32.or (i32.load8_u (local.get $i)) (i32.const 32)) (i32.const 101))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $c (i32.load8_u (local.get $i)))
              (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
                (then (local.set $i (i32.add (local.get $i) (i32.const 1)))))
              (local.set $j (local.get $i))
              (loop $d
                (local.set $m (i8x16.bitmask (i8x16.gt_u
                  (i8x16.sub (v128.load (local.get $i)) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
                  (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9))))
                (if (i32.eqz (local.get $m)) (then (local.set $i (i32.add (local.get $i) (i32.const 16))) (br $d)))
                (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $m)))))
              (if (i32.eq (local.get $j) (local.get $i)) (then (return (i32.const 0)))))))
        ;; After a value (from start to i): record its end, then close containers or go on.
        (loop $close
          (if (i32.ne (local.get $ends) (i32.const -1))
            (then (i32.store (i32.add (local.get $ends) (i32.shl (local.get $start) (i32.const 2))) (local.get $i))))
          (if (i32.eq (local.get $sp) (local.get $stack))
            (then (return (i32.eq (call $ws (local.get $i)) (local.get $n)))))
          (local.set $i (i32.add (local.get $i) (i32.eq (i32.load8_u (local.get $i)) (i32.const 32))))
              (if (i32.le_u (i32.load8_u (local.get $i)) (i32.const 32)) (then (local.set $i (call $ws (local.get $i)))))
          (local.set $c (i32.load8_u (local.get $i)))
          (local.set $open (i32.load8_u (i32.load (i32.sub (local.get $sp) (i32.const 4)))))
          (if (i32.eq (local.get $c) (i32.const 44))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.eq (i32.load8_u (local.get $i)) (i32.const 32))))
              (if (i32.le_u (i32.load8_u (local.get $i)) (i32.const 32)) (then (local.set $i (call $ws (local.get $i)))))
              (br_if $member (i32.eq (local.get $open) (i32.const 123)))
              (br $value)))
          (if (i32.ne (local.get $c) (i32.add (local.get $open) (i32.const 2)))
            (then (return (i32.const 0))))
          (local.set $sp (i32.sub (local.get $sp) (i32.const 4)))
          (local.set $start (i32.load (local.get $sp)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $close)))
      ;; A member: i at its key; on to its value.
      (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 34)) (then (return (i32.const 0))))
      (local.set $i (call $string (local.get $i)))
      (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.eq (i32.load8_u (local.get $i)) (i32.const 32))))
              (if (i32.le_u (i32.load8_u (local.get $i)) (i32.const 32)) (then (local.set $i (call $ws (local.get $i)))))
      (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 58)) (then (return (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.eq (i32.load8_u (local.get $i)) (i32.const 32))))
              (if (i32.le_u (i32.load8_u (local.get $i)) (i32.const 32)) (then (local.set $i (call $ws (local.get $i)))))
      (br $value))
    (i32.const 0))
)
