import jpeg from "jpeg-js"
import { PNG } from "pngjs"
import { imageVerdict, RulesAndNsfwProvider } from "../moderation/provider"
import { classifyImage, NSFW_CLASSES, stopClassifier } from "../moderation/nsfw"

jest.setTimeout(240_000)

/** A 96x64 landscape drawn in code: sky gradient, green ground, a brown square house. */
function drawRgba(width: number, height: number) {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const house = x > 30 && x < 60 && y > 24 && y < 50
      const [r, g, b] = house ? [120, 72, 40] : y < height / 2 ? [90 + y, 150 + y, 235] : [40, 140 + (x % 20), 50]
      data[i] = r
      data[i + 1] = g
      data[i + 2] = b
      data[i + 3] = 255
    }
  }
  return data
}

describe("local image classifier (nsfwjs, model from the package, no network)", () => {
  afterAll(() => stopClassifier())

  it("classifies generated PNG and JPEG images into the five classes summing to 1", async () => {
    const png = new PNG({ width: 96, height: 64 })
    drawRgba(96, 64).copy(png.data)
    const jpg = jpeg.encode({ width: 96, height: 64, data: drawRgba(96, 64) }, 90).data
    for (const [bytes, mime] of [[PNG.sync.write(png), "image/png"], [jpg, "image/jpeg"]] as const) {
      const scores = await classifyImage(bytes, mime)
      expect(Object.keys(scores).sort()).toEqual([...NSFW_CLASSES])
      const sum = Object.values(scores).reduce((a, b) => a + b, 0)
      expect(sum).toBeGreaterThan(0.98)
      expect(sum).toBeLessThan(1.02)
      for (const p of Object.values(scores)) expect(p).toBeGreaterThanOrEqual(0)
      // a drawn landscape is nothing explicit
      expect(Math.max(scores.Porn, scores.Hentai)).toBeLessThan(0.5)
    }
  })

  it("maps scores to a verdict with configurable thresholds (a low review threshold forces the manual queue)", async () => {
    const png = new PNG({ width: 96, height: 64 })
    drawRgba(96, 64).copy(png.data)
    const content = PNG.sync.write(png)
    expect((await new RulesAndNsfwProvider().checkImage!({ content, mime: "image/png" })).verdict).toBe("approve")
    const forced = await new RulesAndNsfwProvider({ image_thresholds: { review: 0 } }).checkImage!({ content, mime: "image/png" })
    expect(forced.verdict).toBe("review")
    expect(forced.reasons[0]).toMatchObject({ rule: "nsfw_image", verdict: "review" })
    expect(imageVerdict({ Drawing: 0, Hentai: 0.02, Neutral: 0.03, Porn: 0.95, Sexy: 0 }).verdict).toBe("reject")
    expect(imageVerdict({ Drawing: 0.1, Hentai: 0, Neutral: 0.2, Porn: 0, Sexy: 0.7 }).verdict).toBe("review")
    expect(imageVerdict({ Drawing: 0.1, Hentai: 0, Neutral: 0.2, Porn: 0, Sexy: 0.7 }, { review: 0.8, reject: 0.9 }).verdict).toBe("approve")
  })

  it("refuses what is not a decodable image", async () => {
    await expect(classifyImage(Buffer.from("not a png"), "image/png")).rejects.toThrow()
  })
})
