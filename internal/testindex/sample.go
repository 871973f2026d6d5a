package testindex

// Documents of testdata/sample that the tests of several packages open, by
// ID (the folder under testdata/sample, then the file).
const (
	// Two accounts of the Warsaw meeting of 26 March 2022 (President Biden
	// joined Secretaries Blinken and Austin with Ministers Kuleba and
	// Reznikov): the White House's and the State Department's.
	KulebaWH    = "sample/whitehouse/2022-03-26_readout-of-president-bidens-meeting-with-foreign-minister-kuleba-and-d.txt"
	KulebaState = "sample/state/2022-03-26_secretary-blinken-and-secretary-austins-meeting-with-ukraines-foreign.txt"
	// The readout of the Biden-Xi call of 28 July 2022 and the background
	// press call on it.
	XiReadout = "sample/whitehouse/2022-07-28_readout-of-president-bidens-call-with-president-xi-jinping-of-the-peop.txt"
	XiPress   = "sample/whitehouse/2022-07-28_background-press-call-on-president-bidens-call-with-president-xi-jinpi.txt"
	// The 2022-01-27 Wang-Blinken seed, whose State Department readout is not in
	// ../shared/corpus (its State Department folder has a gap from 2021-09
	// to 2022-01).
	Seed2022 = "sample/seeds/000_1e93c1123834f146.txt"
	// Two real versions of a State Department release on Kerry's travel to
	// Egypt: the second (2022-02-20) moved his address from 17:00 to 16:30
	// and spelled "live-streamed".
	KerryOld = "sample/state/2022-02-18_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
	KerryNew = "sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
)
