import { safeVideoName, sniffVideoType } from "../video-upload"

const box = (type: string, brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from(type + brand, "latin1"), Buffer.from([0, 0, 0, 0]), Buffer.from(brand, "latin1")])

describe("sniffVideoType", () => {
  it.each([
    ["an MP4 (ftyp isom)", box("ftyp", "isom"), "video/mp4"],
    ["an MP4 (ftyp mp42)", box("ftyp", "mp42"), "video/mp4"],
    ["an M4V (ftyp M4V )", box("ftyp", "M4V "), "video/x-m4v"],
    ["a QuickTime movie (ftyp qt  )", box("ftyp", "qt  "), "video/quicktime"],
    ["a classic QuickTime movie (moov atom first)", Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from("moov", "latin1"), Buffer.alloc(8)]), "video/quicktime"],
    ["a WebM (EBML, DocType webm)", Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d", "hex"), "video/webm"],
  ])("recognises %s", (_label, bytes, type) => {
    expect(sniffVideoType(bytes)?.type).toBe(type)
  })

  it.each([
    ["a PNG", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")],
    ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0])],
    ["text", Buffer.from("<html><body>not a video</body></html>")],
    ["an M4A audio file", box("ftyp", "M4A ")],
    ["a HEIC image", box("ftyp", "heic")],
    ["a Matroska file", Buffer.from("1a45dfa3a34286810142f7810142f2810442f381084282886d6174726f736b61", "hex")],
    ["an empty file", Buffer.alloc(0)],
    ["three bytes", Buffer.from([0x1a, 0x45, 0xdf])],
  ])("refuses %s", (_label, bytes) => {
    expect(sniffVideoType(bytes)).toBeNull()
  })
})

describe("safeVideoName", () => {
  it("reduces the name to a slug with the sniffed extension", () => {
    expect(safeVideoName("../../etc/My Lesson (1).MP4.exe", "mp4")).toBe("etc-my-lesson-1-mp4.mp4")
    expect(safeVideoName("", "webm")).toBe("video.webm")
  })
})
